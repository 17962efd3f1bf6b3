using Cashless.WebApi.Contracts;

namespace Cashless.WebApi.Tests.Contracts;

public sealed class ApiTimeTests
{
    [Fact]
    public void Of_TimeWithOffsetAndTicks_IsUtcCutToTheMillisecond()
    {
        var time = new DateTimeOffset(2026, 11, 26, 15, 15, 0, 123, TimeSpan.FromHours(7)).AddTicks(4567);

        var api = ApiTime.Of(time);

        Assert.Equal(DateTimeKind.Utc, api.Kind);
        Assert.Equal(new DateTime(2026, 11, 26, 8, 15, 0, 123, DateTimeKind.Utc), api);
    }
}

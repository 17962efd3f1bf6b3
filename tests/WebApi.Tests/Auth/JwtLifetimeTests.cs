using Cashless.WebApi.Auth;

namespace Cashless.WebApi.Tests.Auth;

public sealed class JwtLifetimeTests
{
    [Theory]
    [InlineData("24:00:00", 24 * 60)]
    [InlineData("00:30:00", 30)]
    [InlineData("1.00:00:00", 24 * 60)]
    [InlineData("48:00:00", 48 * 60)]
    [InlineData(" 2:15:00 ", 135)]
    public void TryParse_Duration_ReadsHoursAsHours(string text, int minutes)
    {
        Assert.True(JwtLifetime.TryParse(text, out var lifetime));
        Assert.Equal(TimeSpan.FromMinutes(minutes), lifetime);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a day")]
    [InlineData("24:61:00")]
    public void TryParse_NotADuration_ReturnsFalse(string? text) => Assert.False(JwtLifetime.TryParse(text, out _));
}

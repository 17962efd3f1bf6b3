using System.Text;
using Cashless.WebApi.Idempotency;

namespace Cashless.WebApi.Tests.Idempotency;

public sealed class IdempotencyKeyTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("order 42 / retry ~ ok", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("caf\u00e9", false)]
    [InlineData("line\nbreak", false)]
    public void IsValid_Key_FollowsPrintableAscii(string? key, bool valid) => Assert.Equal(valid, IdempotencyKey.IsValid(key));

    [Fact]
    public void IsValid_LengthBounds_AreOneTo255()
    {
        Assert.True(IdempotencyKey.IsValid(new string('k', 255)));
        Assert.False(IdempotencyKey.IsValid(new string('k', 256)));
    }

    [Fact]
    public void Compute_DiffersByMethodPathAndBody()
    {
        var body = Encoding.UTF8.GetBytes("""{"amount":1}""");
        var hash = RequestHash.Compute("POST", "/api/v1/payments", body);

        Assert.Equal(hash, RequestHash.Compute("POST", "/api/v1/payments", body));
        Assert.NotEqual(hash, RequestHash.Compute("PUT", "/api/v1/payments", body));
        Assert.NotEqual(hash, RequestHash.Compute("POST", "/api/v1/admin/topups", body));
        Assert.NotEqual(hash, RequestHash.Compute("POST", "/api/v1/payments", Encoding.UTF8.GetBytes("""{"amount":2}""")));
    }
}

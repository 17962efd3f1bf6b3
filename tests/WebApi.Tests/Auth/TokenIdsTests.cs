using Cashless.WebApi.Auth;

namespace Cashless.WebApi.Tests.Auth;

public sealed class TokenIdsTests
{
    [Fact]
    public void TryGetIssuedAt_NewId_ReturnsItsMillisecond()
    {
        var now = new DateTimeOffset(2026, 11, 26, 8, 15, 0, 123, TimeSpan.Zero);

        var id = TokenIds.New(now);

        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.True(TokenIds.TryGetIssuedAt(id, out var issuedAt));
        Assert.Equal(now, issuedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("3f2504e04f8911d39a0c0305e82c3301")] // a version 1 UUID
    [InlineData("0190f0f4-7a4b-7c3d-8e5f-0123456789ab")] // right version, wrong format
    public void TryGetIssuedAt_NotAUuidV7InHex_ReturnsFalse(string? id) =>
        Assert.False(TokenIds.TryGetIssuedAt(id, out _));
}

using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class TokenTests(ApiFixture app)
{
    [Fact]
    public async Task Request_NoToken_Returns401MissingToken()
    {
        using var response = await app.Anonymous().GetAsync("/api/v1/me");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "missing_token");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Request_OtherAuthScheme_Returns401MissingToken()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic YWRtaW46YWRtaW4=");

        using var response = await client.GetAsync("/api/v1/me");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "missing_token");
    }

    [Fact]
    public async Task Request_ForgedSignature_Returns401InvalidSignature()
    {
        var user = await app.CreateUserAsync();
        var now = DateTimeOffset.UtcNow;
        var forged = Tokens.Mint("an-attacker-s-own-key-of-more-than-32-bytes!!", Tokens.ClaimsFor(user.Id, "admin", now), now, now.AddHours(1));

        await AssertInvalidTokenAsync(forged, "invalid signature");
    }

    [Fact]
    public async Task Request_UnsignedToken_Returns401InvalidSignature()
    {
        var user = await app.CreateUserAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var unsigned = Tokens.Unsigned(
            $$"""{"sub":"{{user.Id}}","role":"admin","jti":"{{Guid.CreateVersion7():N}}","iss":"{{Tokens.Issuer}}","aud":"{{Tokens.Audience}}","iat":{{now}},"exp":{{now + 3600}}}""");

        await AssertInvalidTokenAsync(unsigned, "invalid signature");
    }

    [Fact]
    public async Task Request_ExpiredToken_Returns401JwtExpired()
    {
        var user = await app.CreateUserAsync();
        var issued = DateTimeOffset.UtcNow.AddHours(-2);
        var expired = Tokens.Mint(app.Factory.SigningKey, Tokens.ClaimsFor(user.Id, "buyer", issued), issued, DateTimeOffset.UtcNow.AddSeconds(-45));

        await AssertInvalidTokenAsync(expired, "jwt expired");
    }

    [Fact]
    public async Task Request_TokenExpiredWithinClockSkew_IsAccepted()
    {
        var user = await app.CreateUserAsync();
        var issued = DateTimeOffset.UtcNow.AddHours(-1);
        var token = Tokens.Mint(app.Factory.SigningKey, Tokens.ClaimsFor(user.Id, "buyer", issued), issued, DateTimeOffset.UtcNow.AddSeconds(-10));

        using var response = await app.WithToken(token).GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.!!!.signature")]
    public async Task Request_MalformedToken_Returns401MalformedToken(string token) =>
        await AssertInvalidTokenAsync(token, "malformed token");

    [Fact]
    public async Task Request_SignedTokenWithoutTokenId_Returns401MalformedToken()
    {
        var user = await app.CreateUserAsync();
        var now = DateTimeOffset.UtcNow;
        var claims = Tokens.ClaimsFor(user.Id, "buyer", now);
        claims.Remove("jti");

        await AssertInvalidTokenAsync(Tokens.Mint(app.Factory.SigningKey, claims, now, now.AddHours(1)), "malformed token");
    }

    [Theory]
    [InlineData("iss", "another-service")]
    [InlineData("aud", "another-api")]
    public async Task Request_TokenForAnotherIssuerOrAudience_Returns401(string claim, string value)
    {
        var user = await app.CreateUserAsync();
        var now = DateTimeOffset.UtcNow;
        var claims = Tokens.ClaimsFor(user.Id, "buyer", now);
        claims[claim] = value;

        await AssertInvalidTokenAsync(Tokens.Mint(app.Factory.SigningKey, claims, now, now.AddHours(1)), "malformed token");
    }

    [Fact]
    public async Task Request_BuyerOnAdminEndpoint_Returns403Forbidden()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.GetAsync("/api/v1/admin/users");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Request_SellerTopsUp_Returns403Forbidden()
    {
        var seller = await app.CreateUserAsync("seller");

        using var response = await seller.Client.PostAsync("/api/v1/admin/topups", Api.Json(new { userId = seller.Id, amount = 50_000 }));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Request_AdminOnWallet_Returns403Forbidden()
    {
        using var response = await app.Admin.Client.GetAsync("/api/v1/wallet");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    private async Task AssertInvalidTokenAsync(string token, string detail)
    {
        using var response = await app.WithToken(token).GetAsync("/api/v1/me");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }
}

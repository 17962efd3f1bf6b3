using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>Reads and mints JWTs the way an attacker or a clock could: other keys, past expiries, missing claims.</summary>
internal static class Tokens
{
    public static (JsonElement Header, JsonElement Payload) Decode(string token)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        return (Part(parts[0]), Part(parts[1]));
    }

    public static string Mint(string signingKey, IDictionary<string, object> claims, DateTimeOffset issuedAt, DateTimeOffset expires)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = issuedAt.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The default <c>Jwt:Issuer</c> and <c>Jwt:Audience</c>, which the test hosts keep.</summary>
    public const string Issuer = "cashless";
    public const string Audience = "cashless-api";

    /// <summary>Claims like the API's own for <paramref name="userId"/>, with a fresh UUIDv7 token id.</summary>
    public static Dictionary<string, object> ClaimsFor(string userId, string role, DateTimeOffset issuedAt) => new()
    {
        ["sub"] = userId,
        ["role"] = role,
        ["jti"] = Guid.CreateVersion7(issuedAt).ToString("N"),
        ["iss"] = Issuer,
        ["aud"] = Audience,
    };

    public static string Unsigned(string payloadJson) =>
        Base64Url.EncodeToString("""{"alg":"none","typ":"JWT"}"""u8) + "."
        + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payloadJson)) + ".";

    private static JsonElement Part(string segment)
    {
        using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(segment));
        return document.RootElement.Clone();
    }
}

using Cashless.Grains.Ledger;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cashless.WebApi.Auth;

/// <summary>Issues the contract's access token: HS256 with exactly <c>sub</c>, <c>role</c>, <c>jti</c>, <c>iss</c>, <c>aud</c>, <c>iat</c>, <c>exp</c>.</summary>
public sealed class TokenIssuer(IOptions<JwtOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials = new(options.Value.CreateSecurityKey(), SecurityAlgorithms.HmacSha256);

    public IssuedToken Issue(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow();
        var tokenId = TokenIds.New(now);
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((now + options.Value.Lifetime).ToUnixTimeSeconds());
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                [JwtClaims.Subject] = user.Id,
                [JwtClaims.Role] = RoleNames.Of(user.Role),
                [JwtClaims.TokenId] = tokenId,
            },
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = _credentials,
        });
        return new IssuedToken(token, tokenId, expiresAt);
    }
}

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Cashless.WebApi.Auth;

/// <summary>Validates exactly what <see cref="TokenIssuer"/> issues: HS256 with our key, our issuer and audience, an expiry, 30 s of clock skew.</summary>
public sealed class ConfigureJwtBearer(IOptions<JwtOptions> jwt) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        options.MapInboundClaims = false;
        options.EventsType = typeof(CashlessJwtBearerEvents);
        options.TokenValidationParameters = new TokenValidationParameters
        {
            IssuerSigningKey = jwt.Value.CreateSecurityKey(),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ValidIssuer = jwt.Value.Issuer,
            ValidAudience = jwt.Value.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = JwtOptions.ClockSkew,
            NameClaimType = JwtClaims.Subject,
            RoleClaimType = JwtClaims.Role,
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}

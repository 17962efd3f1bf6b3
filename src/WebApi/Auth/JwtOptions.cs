using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Cashless.WebApi.Auth;

/// <summary>Token settings, bound from "Jwt": HS256 over the UTF-8 bytes of <see cref="SigningKey"/>.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";
    public const int MinKeyBytes = 32;

    public string? SigningKey { get; set; }

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The <c>iss</c> of every token issued, and the only one accepted.</summary>
    public string Issuer { get; set; } = "cashless";

    /// <summary>The <c>aud</c> of every token issued, and the only one accepted.</summary>
    public string Audience { get; set; } = "cashless-api";

    /// <summary>How far a token's times may be off; the contract allows at most 30 seconds.</summary>
    public static TimeSpan ClockSkew { get; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Binds by hand rather than with the configuration binder, whose TimeSpan conversion reads the documented
    /// <c>24:00:00</c> as 24 days. An unreadable lifetime becomes zero, which the validator refuses by name.
    /// </summary>
    public static void Bind(JwtOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        options.SigningKey = section[nameof(SigningKey)];
        options.Issuer = section[nameof(Issuer)] ?? options.Issuer;
        options.Audience = section[nameof(Audience)] ?? options.Audience;
        if (section[nameof(Lifetime)] is { } lifetime)
        {
            options.Lifetime = JwtLifetime.TryParse(lifetime, out var parsed) ? parsed : TimeSpan.Zero;
        }
    }

    public SymmetricSecurityKey CreateSecurityKey() =>
        new(Encoding.UTF8.GetBytes(SigningKey ?? throw new InvalidOperationException("Jwt:SigningKey is not set.")));
}

using System.Text;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Auth;

/// <summary>Refuses to start without a usable signing key, saying exactly what to set.</summary>
public sealed class JwtOptionsValidator : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.SigningKey))
        {
            return ValidateOptionsResult.Fail(
                "Jwt:SigningKey is not set. Outside Development it is required: set it (for example the environment "
                + $"variable Jwt__SigningKey) to a random secret of at least {JwtOptions.MinKeyBytes} bytes.");
        }

        var bytes = Encoding.UTF8.GetByteCount(options.SigningKey);
        if (bytes < JwtOptions.MinKeyBytes)
        {
            return ValidateOptionsResult.Fail(
                $"Jwt:SigningKey is {bytes} bytes long; it must be at least {JwtOptions.MinKeyBytes} bytes (UTF-8).");
        }

        if (options.Lifetime <= TimeSpan.Zero || options.Lifetime > TimeSpan.FromDays(30))
        {
            return ValidateOptionsResult.Fail(
                "Jwt:Lifetime must be a duration such as 24:00:00 (hours:minutes:seconds), more than zero and at most 30 days.");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer) || string.IsNullOrWhiteSpace(options.Audience))
        {
            return ValidateOptionsResult.Fail("Jwt:Issuer and Jwt:Audience must not be empty (defaults: cashless, cashless-api).");
        }

        return ValidateOptionsResult.Success;
    }
}

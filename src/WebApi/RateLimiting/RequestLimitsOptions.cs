using System.ComponentModel.DataAnnotations;

namespace Cashless.WebApi.RateLimiting;

/// <summary>
/// Per-client-address limits on the endpoints that take a password or create an account, bound from "RateLimits":
/// each a fixed window of <see cref="WindowLimit.PermitLimit"/> requests per <see cref="WindowLimit.Window"/>.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RateLimits";

    /// <summary>POST /auth/login.</summary>
    [Required]
    public WindowLimit Login { get; set; } = new() { PermitLimit = 60 };

    /// <summary>POST /auth/register.</summary>
    [Required]
    public WindowLimit Register { get; set; } = new() { PermitLimit = 30 };

    /// <summary>POST /auth/password and POST /auth/password/reset.</summary>
    [Required]
    public WindowLimit Password { get; set; } = new() { PermitLimit = 10 };

    /// <summary>POST /children (a guardian redeems a link code): guessing codes is slowed down here too.</summary>
    [Required]
    public WindowLimit LinkCode { get; set; } = new() { PermitLimit = 10 };
}

public sealed class WindowLimit
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

using System.ComponentModel.DataAnnotations;

namespace Cashless.WebApi.Auth;

/// <summary>Bound from "PasswordReset".</summary>
public sealed class PasswordResetOptions
{
    public const string Section = "PasswordReset";

    /// <summary>How long an admin-issued reset code can be used.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromHours(1);
}

using System.ComponentModel.DataAnnotations;

namespace Cashless.MidtransEmulator;

/// <summary>Settings bound from the <c>Emulator</c> configuration section.</summary>
public sealed class EmulatorOptions
{
    public const string SectionName = "Emulator";

    /// <summary>The key clients must send as the Basic auth user name; it also signs notifications.</summary>
    [Required]
    public string ServerKey { get; set; } = "";

    /// <summary>Where notifications are POSTed; none are sent when absent (unless a charge names its own URL).</summary>
    public Uri? NotificationUrl { get; set; }

    public string MerchantId { get; set; } = "G000000000";

    /// <summary>How many times a notification answered 5xx, or not at all, is sent again (Midtrans retries such notifications).</summary>
    [Range(0, 20)]
    public int NotificationRetries { get; set; } = 5;

    /// <summary>The wait before the first retry, doubled before each next one: Midtrans waits minutes, tests cannot.</summary>
    public TimeSpan NotificationRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}

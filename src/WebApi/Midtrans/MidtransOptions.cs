namespace Cashless.WebApi.Midtrans;

/// <summary>The "Midtrans" section. Without a server key, virtual-account top-ups answer 503 gateway_not_configured.</summary>
public sealed class MidtransOptions
{
    public const string Section = "Midtrans";

    public string? ServerKey { get; set; }

    public Uri BaseUrl { get; set; } = new("https://api.sandbox.midtrans.com");

    /// <summary>Confirm every notification with GET /v2/{order_id}/status before money moves.</summary>
    public bool VerifyStatus { get; set; } = true;

    /// <summary>
    /// How long one call may take. A charge that runs out of it is not retried: the status API is asked instead.
    /// Status calls are retried twice within twice this time.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a virtual account stays payable (Midtrans' default for bank transfers is 24 hours).</summary>
    public TimeSpan VirtualAccountExpiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often pending top-ups are checked against the status API, in case a notification was lost.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Pending top-ups younger than this are left to their notification.</summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>At most this many status calls per second during a reconciliation pass (the gateway rate-limits us).</summary>
    public double ReconcileMaxRequestsPerSecond { get; set; } = 10;

    /// <summary>A reconciliation pass still running after this is stopped, so that the next one never overlaps it.</summary>
    public TimeSpan ReconcileMaxPassDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Outside Development, lets the server run against Midtrans' sandbox (its URL, an <c>SB-</c> server key), where
    /// anyone can pay a virtual account with the public simulator, and without <see cref="VerifyStatus"/>.
    /// </summary>
    public bool AllowSandbox { get; set; }

    /// <summary>Outside Development, lets <see cref="BaseUrl"/> be plain http (an emulator on loopback in tests).</summary>
    public bool AllowInsecureHttp { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ServerKey);
}

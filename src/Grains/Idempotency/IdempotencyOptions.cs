namespace Cashless.Grains.Idempotency;

/// <summary>The "Idempotency" section: how long a key's answer is kept, and how long a running attempt holds the key.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>A decided answer is replayed this long; the retention job deletes it afterwards.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a running attempt holds its key: a retry meanwhile is 409 request_in_progress, a retry after it runs
    /// again (its front may have died; the operation id derived from the key keeps money from moving twice). Longer than
    /// the slowest request, a virtual-account charge with its status checks (about three Midtrans:RequestTimeout).
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);
}

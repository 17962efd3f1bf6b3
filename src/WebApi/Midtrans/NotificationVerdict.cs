namespace Cashless.WebApi.Midtrans;

/// <summary>How a Midtrans notification was handled; each maps to one answer (and so to Midtrans' retry policy).</summary>
public enum NotificationVerdict
{
    /// <summary>Applied, or a duplicate or stale status that changed nothing: 200, no retry.</summary>
    Applied = 0,

    /// <summary>No server key configured: 503, Midtrans retries.</summary>
    NotConfigured = 1,

    /// <summary>The signature_key does not match: 401, nothing changed.</summary>
    InvalidSignature = 2,

    /// <summary>No virtual-account top-up has this order_id: 404.</summary>
    UnknownOrder = 3,

    /// <summary>The status API did not confirm in time: 503, so Midtrans retries (reconciliation also catches it).</summary>
    StatusUnavailable = 4,
}

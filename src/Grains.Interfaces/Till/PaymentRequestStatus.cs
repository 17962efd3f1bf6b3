namespace Cashless.Grains.Interfaces.Till;

/// <summary>
/// A payment request's stored state. <see cref="Paying"/> holds it for one payer while that payer's payment runs, so
/// a second payer can never pay it too; an open request past its expiry reads as expired (nothing is stored for that).
/// </summary>
[GenerateSerializer, Alias("Cashless.PaymentRequestStatus")]
public enum PaymentRequestStatus
{
    Open = 0,
    Paying = 1,
    Paid = 2,
    Cancelled = 3,
}

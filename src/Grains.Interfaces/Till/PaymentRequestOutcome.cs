namespace Cashless.Grains.Interfaces.Till;

[GenerateSerializer, Alias("Cashless.PaymentRequestOutcome")]
public enum PaymentRequestOutcome
{
    Ok = 0,

    /// <summary>No such request, or not one of the caller's seller (the same answer, so ids cannot be probed).</summary>
    NotFound = 1,
    AlreadyPaid = 2,
    Cancelled = 3,
    Expired = 4,

    /// <summary>The payer's own refusal (funds, limits, frozen): see <see cref="PaymentRequestResult.Payment"/>'s outcome.</summary>
    PaymentRefused = 5,

    /// <summary>The caller paid this request earlier: <see cref="PaymentRequestResult.Payment"/> is that payment.</summary>
    PaidBefore = 6,
}

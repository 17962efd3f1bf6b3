namespace Cashless.Grains.Interfaces.Till;

[GenerateSerializer, Alias("Cashless.RefundOutcome")]
public enum RefundOutcome
{
    Ok = 0,

    /// <summary>No completed payment of this id was received by the seller.</summary>
    PaymentNotFound = 1,
    WindowClosed = 2,

    /// <summary>With the refunds already made, this one would give back more than was paid.</summary>
    ExceedsPayment = 3,

    /// <summary>A ledger refusal (funds, frozen, the payer could not take it): see <see cref="RefundResult.Refusal"/>.</summary>
    Refused = 4,
}

using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Interfaces.Till;

/// <summary>
/// Refunds, served by the seller's account grain (keyed by the seller's id, the same activation as its
/// <c>IAccountGrain</c>), since they spend the seller's balance. Refunds of one payment run one at a time, so together
/// they never pass the payment.
/// </summary>
[Alias("Cashless.IAccountRefunds")]
public interface IAccountRefunds : IGrainWithStringKey
{
    [Orleans.Concurrency.AlwaysInterleave, Alias("Refund")]
    Task<RefundResult> Refund(RefundOrder order);

    /// <summary>The payer's side (this grain keyed by the payer): credits the refund a seller's account hands back.</summary>
    [Orleans.Concurrency.AlwaysInterleave, Alias("ReceiveRefund")]
    Task<PostingResult> ReceiveRefund(RefundCredit refund);
}

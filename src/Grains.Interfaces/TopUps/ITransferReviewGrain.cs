namespace Cashless.Grains.Interfaces.TopUps;

/// <summary>
/// The approvals of the bank-transfer claims that carry one transfer reference, keyed by its
/// <see cref="TransferReference.Key"/>. Calls are serialized, so two admins approving two claims of one transfer at
/// once cannot both credit it without confirming.
/// </summary>
[Alias("Cashless.ITransferReviewGrain")]
public interface ITransferReviewGrain : IGrainWithStringKey
{
    /// <summary>
    /// Approves the claim <paramref name="topUpId"/>; without <paramref name="confirmDuplicate"/> a claim marked as a
    /// possible duplicate, or one whose reference another approved claim carries, is refused as
    /// <see cref="TopUpOutcome.DuplicateTransfer"/>.
    /// </summary>
    [Alias("Approve")]
    Task<TopUpResult> Approve(string topUpId, string adminId, bool confirmDuplicate);
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;

namespace Cashless.Grains.TopUps;

/// <summary>
/// Serializes the approvals of the claims of one transfer reference: the check that no other claim of it was approved
/// and the approval itself happen in one turn of this grain, so two of them cannot pass the check together.
/// </summary>
internal sealed class TransferReviewGrain(ICashlessStore store) : Grain, ITransferReviewGrain
{
    public async Task<TopUpResult> Approve(string topUpId, string adminId, bool confirmDuplicate)
    {
        var topUp = GrainFactory.Reference<ITopUpGrain>(topUpId);
        if (!confirmDuplicate && await topUp.Read() is { Status: TopUpStatus.AwaitingReview } claim && await IsDuplicate(claim))
        {
            return new TopUpResult(TopUpOutcome.DuplicateTransfer, claim);
        }

        return await topUp.Approve(adminId);
    }

    private async Task<bool> IsDuplicate(TopUpRecord claim)
    {
        if (claim.PossibleDuplicateOf is not null)
        {
            return true;
        }

        var claims = await store.ListTransferClaimsAsync(this.GetPrimaryKeyString());
        return claims.Any(other => other.Id != claim.Id && other.Status == TopUpStatus.Settled);
    }
}

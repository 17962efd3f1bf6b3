using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;

namespace Cashless.Grains.Withdrawals;

/// <summary>Serializes the reviews of one withdrawal; the account grain commits the outcome (and any returned money).</summary>
internal sealed class WithdrawalGrain(ICashlessStore store) : Grain, IWithdrawalGrain
{
    public Task<WithdrawalResult> Complete(string adminId) => Close(WithdrawalStatus.Completed, adminId, null);

    public Task<WithdrawalResult> Reject(string adminId, string reason) => Close(WithdrawalStatus.Rejected, adminId, reason);

    private async Task<WithdrawalResult> Close(WithdrawalStatus closedAs, string adminId, string? reason)
    {
        var withdrawal = await store.GetWithdrawalAsync(this.GetPrimaryKeyString());
        if (withdrawal is null)
        {
            return new WithdrawalResult(WithdrawalOutcome.NotFound, null);
        }

        if (withdrawal.Status != WithdrawalStatus.Pending)
        {
            return new WithdrawalResult(WithdrawalOutcome.AlreadyReviewed, withdrawal);
        }

        var closed = await GrainFactory.Reference<IAccountGrain>(withdrawal.AccountId).CloseWithdrawal(withdrawal, closedAs, adminId, reason);
        Invariant.Check(closed == LedgerOutcome.Ok, $"withdrawal {withdrawal.Id} names account {withdrawal.AccountId}, which could not close it: {closed}");
        return new WithdrawalResult(WithdrawalOutcome.Ok, await store.GetWithdrawalAsync(withdrawal.Id));
    }
}

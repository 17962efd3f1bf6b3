using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.Grains.TopUps;

/// <summary>Cash taken at the desk and credited at once: the top-up is created settled, in the commit of its credit.</summary>
internal sealed partial class TopUpGrain
{
    public async Task<TopUpResult> SettleCashDesk(CashDeskTopUp desk)
    {
        if (_record is not null)
        {
            return Answer();
        }

        if (limits.Value.CheckTopUp(desk.Amount) is var allowed && allowed != LedgerOutcome.Ok)
        {
            return new TopUpResult(AsTopUpOutcome(allowed), null);
        }

        var now = clock.GetUtcNow();
        var record = new TopUpRecord(TopUpId, desk.AccountId, TopUpChannel.Admin, TopUpStatus.Settled, desk.Amount, now, now, desk.Note, desk.AdminId);
        var credit = await Credit(TopUpCredit.New(desk.OperationId ?? TopUpId, record, desk.Note ?? "Cash-desk top-up"));
        if (credit.Outcome != LedgerOutcome.Ok)
        {
            return new TopUpResult(AsTopUpOutcome(credit.Outcome), null);
        }

        // A retried request (same operation id) finds the credit of the first, which made another top-up.
        var made = credit.Reference == TopUpId ? _record : await store.GetTopUpAsync(credit.Reference!);
        return new TopUpResult(TopUpOutcome.Ok, made ?? throw new InvalidOperationException($"top-up {credit.Reference} is not stored"))
        {
            BalanceAfter = credit.BalanceAfter,
        };
    }
}

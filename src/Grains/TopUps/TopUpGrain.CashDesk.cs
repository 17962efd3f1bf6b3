using Cashless.Grains.CashDesk;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.CashDesk;
using Cashless.Grains.Interfaces.TopUps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cashless.Grains.TopUps;

/// <summary>
/// Cash taken at the desk: credited at once (the top-up is created settled, in the commit of its credit), or, when it
/// needs a second admin, created awaiting review.
/// </summary>
internal sealed partial class TopUpGrain
{
    public async Task<TopUpResult> RecordCashDesk(CashDeskTopUp desk)
    {
        if (_record is not null)
        {
            return Answer();
        }

        if (limits.Value.CheckTopUp(desk.Amount) is var allowed && allowed != LedgerOutcome.Ok)
        {
            return new TopUpResult(AsTopUpOutcome(allowed), null);
        }

        return await NeedsSecondAdmin(desk)
            ? await Open(desk.AccountId, desk.Amount, TopUpChannel.Admin, TopUpStatus.AwaitingReview,
                record => record with { Note = desk.Note, CreatedBy = desk.AdminId })
            : await Settle(desk);
    }

    /// <summary>Above the amount, or past the admin's count for the school's day; this one is counted either way.</summary>
    private async Task<bool> NeedsSecondAdmin(CashDeskTopUp desk)
    {
        var rules = ServiceProvider.GetRequiredService<IOptions<CashDeskOptions>>().Value;
        var day = ServiceProvider.GetRequiredService<IOptions<SchoolDayOptions>>().Value.DateOf(clock.GetUtcNow());
        var count = await GrainFactory.Reference<ICashDeskTallyGrain>($"{desk.AdminId}/{day:yyyy-MM-dd}").CountOne();
        return desk.Amount.Rupiah > rules.ReviewAbove || count > rules.DailyCountBeforeReview;
    }

    private async Task<TopUpResult> Settle(CashDeskTopUp desk)
    {
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

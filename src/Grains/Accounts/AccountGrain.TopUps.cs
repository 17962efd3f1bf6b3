using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Microsoft.Extensions.Logging;

namespace Cashless.Grains.Accounts;

/// <summary>
/// Top-ups: the credit of one (a new cash-desk top-up, or a stored one settling), and a settled top-up that the bank
/// took back after the fact (Permata and Mandiri can do this).
/// </summary>
internal sealed partial class AccountGrain
{
    public Task<PostingResult> CreditTopUp(TopUpCredit credit)
    {
        var topUp = credit.TopUp;
        Common.Invariant.Check(topUp.AccountId == AccountId, $"top-up {topUp.Id} of {topUp.AccountId} credited to {AccountId}");
        RecordChange settlement = credit.IsNew
            ? new TopUpCreated(topUp)
            : new TopUpMoved(topUp.Id, credit.SettledFrom, TopUpStatus.Settled, clock.GetUtcNow()) { ReviewedBy = credit.ReviewedBy };
        return Post(new Posting(credit.OperationId, EntryKind.TopUp, topUp.Amount, topUp.Id, credit.IsNew ? topUp.CreatedBy : null,
            credit.Description, [settlement, notices.TopUpSettled(topUp)]));
    }

    public async Task<LedgerOutcome> ReverseTopUp(TopUpRecord topUp)
    {
        var book = EnsureHealthy();
        if (book is null)
        {
            return LedgerOutcome.AccountNotFound;
        }

        var now = clock.GetUtcNow();
        var taken = book.Balance < topUp.Amount ? book.Balance : topUp.Amount;
        var owed = topUp.Amount - taken;
        IReadOnlyList<Ledger.JournalEntry> entries = taken.IsPositive
            ? [book.Record(new EntryDraft(ReversalPrefix + topUp.Id, EntryKind.TopUpReversal, taken, topUp.Id, null, "Top-up reversed by the bank"), now)]
            : [];
        if (owed.IsPositive && !book.IsClosed)
        {
            // The money was already spent: the account stops until an admin settles what it owes.
            book.ChangeStatus(AccountStatus.Frozen, now);
            LogTopUpDebt(AccountId, topUp.Id, owed.Rupiah);
        }

        var move = new TopUpMoved(topUp.Id, [TopUpStatus.Settled], TopUpStatus.Reversed, now)
        {
            Recovered = taken,
            Reason = owed.IsPositive ? $"Reversed by the bank; {owed.Rupiah} rupiah could not be taken back and is owed" : "Reversed by the bank",
        };
        await Commit(book, entries, [move, notices.TopUpReversed(topUp, owed)]);
        if (owed.IsPositive)
        {
            await PublishAccess(book);
        }

        return LedgerOutcome.Ok;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountId} frozen: reversed top-up {TopUpId} leaves {Owed} rupiah owed")]
    private partial void LogTopUpDebt(string accountId, string topUpId, long owed);
}

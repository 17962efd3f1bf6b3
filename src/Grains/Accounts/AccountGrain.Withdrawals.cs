using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.Withdrawals;

namespace Cashless.Grains.Accounts;

/// <summary>Withdrawals: the money is debited and held at once; an admin then pays it out or returns it.</summary>
internal sealed partial class AccountGrain
{
    public async Task<WithdrawalHold> Withdraw(WithdrawalOrder order)
    {
        var book = EnsureHealthy();
        if (book is null)
        {
            return new WithdrawalHold(LedgerOutcome.AccountNotFound, null, Money.Zero);
        }

        if (!store.HasRoom || !_committer.HasRoom)
        {
            return new WithdrawalHold(LedgerOutcome.Overloaded, null, book.Balance);
        }

        return await _operations.Run(order.OperationId, () => WithdrawOnceUnlessMade(book, order));
    }

    private async Task<WithdrawalHold> WithdrawOnceUnlessMade(AccountBook book, WithdrawalOrder order)
    {
        if (order.OperationId is { } operationId && await store.FindEntryAsync(AccountId, operationId) is { } prior)
        {
            return prior.Kind == EntryKind.Withdrawal && prior.Amount == -order.Amount
                ? new WithdrawalHold(LedgerOutcome.Ok, prior.Reference, prior.BalanceAfter)
                : new WithdrawalHold(LedgerOutcome.OperationReused, null, book.Balance);
        }

        var refusal = limits.Value.CheckWithdrawal(order.Amount) is var amount && amount != LedgerOutcome.Ok ? amount
            : !book.IsWallet ? LedgerOutcome.NotAWallet
            : book.IsFrozen ? LedgerOutcome.AccountFrozen
            : book.IsClosed ? LedgerOutcome.AccountClosed
            : book.CheckDebit(order.Amount);
        if (refusal != LedgerOutcome.Ok)
        {
            return new WithdrawalHold(refusal, null, book.Balance);
        }

        var (debit, created) = HoldWithdrawal(book, order, clock.GetUtcNow());
        await Commit(book, [debit], [created, .. LowBalanceAlerts(debit)]);
        return new WithdrawalHold(LedgerOutcome.Ok, order.WithdrawalId, debit.BalanceAfter);
    }

    /// <summary>The decided withdrawal's debit and record; the money is held until an admin closes it.</summary>
    private (Ledger.JournalEntry Debit, WithdrawalCreated Created) HoldWithdrawal(AccountBook book, WithdrawalOrder order, DateTimeOffset now)
    {
        var withdrawal = new WithdrawalRecord(
            order.WithdrawalId, AccountId, WithdrawalStatus.Pending, order.Amount, order.BankCode, order.AccountNumber, order.AccountName, now, now);
        var debit = book.Record(
            new EntryDraft(order.OperationId ?? order.WithdrawalId, EntryKind.Withdrawal, order.Amount, order.WithdrawalId, null,
                $"Withdrawal to {order.BankCode.ToUpperInvariant()} {MaskAccountNumber(order.AccountNumber)}"),
            now);
        book.HoldOutgoing(order.Amount);
        return (debit, new WithdrawalCreated(withdrawal));
    }

    public async Task<LedgerOutcome> CloseWithdrawal(WithdrawalRecord withdrawal, WithdrawalStatus closedAs, string adminId, string? reason)
    {
        var book = EnsureHealthy();
        if (book is null)
        {
            return LedgerOutcome.AccountNotFound;
        }

        var now = clock.GetUtcNow();
        var move = new WithdrawalMoved(withdrawal.Id, WithdrawalStatus.Pending, closedAs, now, adminId, reason);
        IReadOnlyList<Ledger.JournalEntry> entries = closedAs == WithdrawalStatus.Rejected
            ? [book.Record(new EntryDraft(ReversalPrefix + withdrawal.Id, EntryKind.WithdrawalReversal, withdrawal.Amount, withdrawal.Id, null, "Withdrawal rejected: money returned"), now)]
            : [];
        book.ReleaseOutgoing(withdrawal.Amount);
        var notice = closedAs == WithdrawalStatus.Rejected
            ? notices.WithdrawalRejected(AccountId, withdrawal.Amount, withdrawal.Id, reason)
            : notices.WithdrawalCompleted(AccountId, withdrawal.Amount, withdrawal.Id);
        await Commit(book, entries, [move, notice]);
        return LedgerOutcome.Ok;
    }

    /// <summary>Only the last four digits of a bank account number are ever written to the journal.</summary>
    private static string MaskAccountNumber(string accountNumber) =>
        accountNumber.Length <= 4 ? accountNumber : "****" + accountNumber[^4..];
}

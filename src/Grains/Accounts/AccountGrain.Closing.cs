using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using Microsoft.Extensions.Logging;

namespace Cashless.Grains.Accounts;

/// <summary>
/// Closing a wallet: its balance is paid out (withdrawn to a bank account, or moved to another wallet) in the same
/// commit that marks it closed, so no payment can slip in between the balance paid out and the closing. A closed
/// account keeps its journal and can sign in to read; it neither pays, receives, is topped up nor withdraws.
/// </summary>
internal sealed partial class AccountGrain
{
    private static readonly TopUpStatus[] OpenTopUpStatuses = [TopUpStatus.Pending, TopUpStatus.AwaitingReview, TopUpStatus.Flagged];
    private static readonly TimeSpan InFlightWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(10);

    public async Task<ClosingResult> Close(ClosingOrder order)
    {
        var book = EnsureHealthy();
        if (book is null)
        {
            return new ClosingResult(LedgerOutcome.AccountNotFound, Money.Zero);
        }

        if (!store.HasRoom)
        {
            return new ClosingResult(LedgerOutcome.Overloaded, Money.Zero);
        }

        if (book.Status == AccountStatus.Closed && !book.Balance.IsPositive)
        {
            // Closed already, and nothing came back to it since: the answer to a repeat.
            return new ClosingResult(LedgerOutcome.Ok, Money.Zero);
        }

        if (book.IsClosing)
        {
            return new ClosingResult(LedgerOutcome.PaymentsInFlight, Money.Zero); // another close of it is running
        }

        var refusal = await CheckNothingPending();
        if (refusal == LedgerOutcome.Ok && order.ToWalletId is { } receiver && book.Balance.IsPositive)
        {
            refusal = await CheckTransferReceiver(receiver, book.Balance);
        }

        if (refusal != LedgerOutcome.Ok)
        {
            return new ClosingResult(refusal, Money.Zero);
        }

        book.MarkClosing(true);
        try
        {
            // From here the wallet takes no new payment in or out; those already in flight land (or come back) first.
            refusal = await OutgoingLandedAsync(book) ? CheckClosing(book, order) : LedgerOutcome.PaymentsInFlight;

            // The last check and the closing are one turn: nothing awaits between them, so a payment of this wallet
            // is either before the closing (the payout is what it left) or refused.
            return refusal == LedgerOutcome.Ok
                ? await CloseNow(book, order)
                : new ClosingResult(refusal, Money.Zero);
        }
        finally
        {
            book.MarkClosing(false);
        }
    }

    /// <summary>
    /// Waits (real time, at most <see cref="InFlightWait"/>) until no payment or withdrawal of the account is in
    /// flight; false when one stays, such as a withdrawal opened while the store was being asked.
    /// </summary>
    private static async Task<bool> OutgoingLandedAsync(AccountBook book)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (book.OutgoingInFlight.IsPositive)
        {
            if (waited.Elapsed > InFlightWait)
            {
                return false;
            }

            await Task.Delay(InFlightPoll);
        }

        return true;
    }

    private static LedgerOutcome CheckClosing(AccountBook book, ClosingOrder order) =>
        !book.IsWallet ? LedgerOutcome.NotAWallet
        : book.IsFrozen ? LedgerOutcome.AccountFrozen
        : book.OutgoingInFlight.IsPositive ? LedgerOutcome.PaymentsInFlight
        : book.Balance.IsPositive && order.ToWalletId is null && order.ToBank is null ? LedgerOutcome.AccountNotEmpty
        : LedgerOutcome.Ok;

    /// <summary>
    /// A pending withdrawal or a top-up still open would move money after the closing: refused until they are decided.
    /// A top-up opened while this call runs is paid into a closed account and waits as <c>flagged</c> for an admin.
    /// </summary>
    private async Task<LedgerOutcome> CheckNothingPending()
    {
        var first = new PageRequest(1, null);
        var withdrawals = await store.ListWithdrawalsAsync(new WithdrawalQuery(AccountId, WithdrawalStatus.Pending, first));
        if (withdrawals.Items.Count > 0)
        {
            return LedgerOutcome.PendingWithdrawals;
        }

        foreach (var status in OpenTopUpStatuses)
        {
            var topUps = await store.ListTopUpsAsync(new TopUpQuery(AccountId, status, first));
            if (topUps.Items.Count > 0)
            {
                return LedgerOutcome.PendingTopUps;
            }
        }

        return LedgerOutcome.Ok;
    }

    /// <summary>
    /// Whether the balance may be moved to <paramref name="receiverId"/>: another wallet that can take it now. The one
    /// place a rule on who may receive a closed wallet's money goes (such as "only a wallet of the same family").
    /// </summary>
    private async Task<LedgerOutcome> CheckTransferReceiver(string receiverId, Money amount)
    {
        if (receiverId == AccountId)
        {
            return LedgerOutcome.SelfPayment;
        }

        return AsCounterparty(await GrainFactory.Reference<IAccountGrain>(receiverId).CanReceive(amount));
    }

    private async Task<ClosingResult> CloseNow(AccountBook book, ClosingOrder order)
    {
        var now = clock.GetUtcNow();
        var payout = book.Balance;
        book.ChangeStatus(AccountStatus.Closed, now);
        ClosingResult result;
        if (!payout.IsPositive)
        {
            await Commit(book, [], [notices.AccountClosed(AccountId, payout, null)]);
            result = new ClosingResult(LedgerOutcome.Ok, payout);
        }
        else if (order.ToBank is { } bank)
        {
            var withdrawal = new WithdrawalOrder(order.PayoutId, payout, bank.BankCode, bank.AccountNumber, bank.AccountName, OperationId: null);
            var (debit, created) = HoldWithdrawal(book, withdrawal, now);
            await Commit(book, [debit], [created, notices.AccountClosed(AccountId, payout, order.PayoutId)]);
            result = new ClosingResult(LedgerOutcome.Ok, payout, WithdrawalId: order.PayoutId);
        }
        else
        {
            var transfer = new PaymentOrder(order.PayoutId, order.ToWalletId!, payout, "Balance moved: account closed", OperationId: null);
            var sent = await DebitAndDeliver(book, transfer, [notices.AccountClosed(AccountId, payout, order.PayoutId)]);
            result = new ClosingResult(LedgerOutcome.Ok, payout, Payment: sent.Payment);
        }

        LogClosed(AccountId, payout.Rupiah);
        AdvertiseReceiving();
        await PublishAccess(book);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountId} closed; {PaidOut} rupiah paid out")]
    private partial void LogClosed(string accountId, long paidOut);
}

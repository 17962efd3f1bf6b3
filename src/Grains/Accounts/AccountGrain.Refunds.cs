using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cashless.Grains.Accounts;

/// <summary>
/// Refunds: the seller's account gives (part of) a payment it received back to the payer. Like a payment, the debit is
/// committed with an outbox record (a payment from the seller to the payer, linked to the original), then the payer's
/// credit completes it, or its refusal is answered with a reversal; a payer that cannot be reached is credited later
/// by the outbox recovery. Refunds of one payment wait for each other, so each sees the ones before it.
/// </summary>
internal sealed partial class AccountGrain : IAccountRefunds
{
    private readonly Dictionary<string, Task<RefundResult>> _refunding = [];

    private TimeSpan RefundWindow => ServiceProvider.GetRequiredService<IOptions<TillOptions>>().Value.RefundWindow;

    public async Task<RefundResult> Refund(RefundOrder order)
    {
        EnsureHealthy();
        var before = _refunding.GetValueOrDefault(order.OriginalPaymentId);
        var attempt = RefundAfter(before, order);
        _refunding[order.OriginalPaymentId] = attempt;
        try
        {
            return await attempt;
        }
        finally
        {
            if (_refunding.TryGetValue(order.OriginalPaymentId, out var last) && last == attempt)
            {
                _refunding.Remove(order.OriginalPaymentId);
            }
        }
    }

    private async Task<RefundResult> RefundAfter(Task<RefundResult>? before, RefundOrder order)
    {
        if (before is not null)
        {
            await before.ContinueWith(static _ => { }, TaskScheduler.Current);
        }

        return await RefundOnce(order);
    }

    private async Task<RefundResult> RefundOnce(RefundOrder order)
    {
        var book = EnsureHealthy();
        var original = await store.GetPaymentAsync(order.OriginalPaymentId);
        if (book is null || original is null || original.To != AccountId || original.State != PaymentState.Completed)
        {
            return RefundRefused(RefundOutcome.PaymentNotFound, LedgerOutcome.Ok, Money.Zero, book);
        }

        var refunded = await store.GetRefundedAsync(original.Id);
        if (order.OperationId is { } operationId && await store.FindEntryAsync(AccountId, operationId) is { } prior)
        {
            // A retry of a refund already made answers with it; the key naming another kind of operation is refused.
            return prior.Kind == EntryKind.RefundOut && await store.GetPaymentAsync(prior.Reference) is { } made
                ? new RefundResult(RefundOutcome.Ok, LedgerOutcome.Ok, made, refunded, prior.BalanceAfter)
                : RefundRefused(RefundOutcome.Refused, LedgerOutcome.OperationReused, refunded, book);
        }

        if (clock.GetUtcNow() - original.CreatedAt > RefundWindow)
        {
            return RefundRefused(RefundOutcome.WindowClosed, LedgerOutcome.Ok, refunded, book);
        }

        if (limits.Value.CheckPayment(order.Amount) is var amount && amount != LedgerOutcome.Ok)
        {
            return RefundRefused(RefundOutcome.Refused, amount, refunded, book);
        }

        if (refunded + order.Amount > original.Amount)
        {
            return RefundRefused(RefundOutcome.ExceedsPayment, LedgerOutcome.Ok, refunded, book);
        }

        var payer = GrainFactory.Reference<IAccountGrain>(original.From);
        var admission = AsCounterparty(await payer.CanReceive(order.Amount));
        // From here to the enqueue nothing awaits: the checks and the debit are one decision.
        var decision = admission != LedgerOutcome.Ok ? admission
            : book.IsFrozen ? LedgerOutcome.AccountFrozen
            : book.IsClosed ? LedgerOutcome.AccountClosed
            : book.CheckDebit(order.Amount);
        if (decision != LedgerOutcome.Ok)
        {
            return RefundRefused(RefundOutcome.Refused, decision, refunded, book);
        }

        var now = clock.GetUtcNow();
        var description = string.IsNullOrEmpty(order.Reason) ? "Refund" : $"Refund: {order.Reason}";
        var refund = new PaymentView(order.RefundId, AccountId, original.From, order.Amount, description, PaymentState.InFlight, now);
        var debit = book.Record(
            new EntryDraft(order.OperationId ?? order.RefundId, EntryKind.RefundOut, order.Amount, refund.Id, original.From, description), now);
        book.HoldOutgoing(order.Amount);
        _delivering.Add(refund.Id);
        await Commit(book, [debit],
            [new PaymentCreated(refund), new RefundCreated(refund.Id, original.Id, AccountId, order.Amount, order.Reason, order.CreatedBy, now)]);

        var (state, refusal) = await HandBack(refund);
        return state == PaymentState.Reversed
            ? new RefundResult(RefundOutcome.Refused, refusal, refund with { State = state }, refunded, book.Balance)
            : new RefundResult(RefundOutcome.Ok, LedgerOutcome.Ok, refund with { State = state }, refunded + order.Amount, debit.BalanceAfter);
    }

    /// <summary>
    /// Credits the payer with a refund entry, completing the record in the same commit; a refusal is reversed here; no
    /// answer leaves it in flight for <see cref="RecoverOutbox"/>.
    /// </summary>
    private async Task<(PaymentState State, LedgerOutcome Refusal)> HandBack(PaymentView refund)
    {
        try
        {
            var payer = GrainFactory.Reference<IAccountRefunds>(refund.To);
            PostingResult answer;
            try
            {
                answer = await payer.ReceiveRefund(new RefundCredit(refund.Id, AccountId, refund.Amount, refund.Description ?? "Refund"));
            }
            catch (Exception failure) when (failure is not InvariantViolationException)
            {
                LogDeliveryFailed(refund.Id, failure);
                return (PaymentState.InFlight, LedgerOutcome.Ok);
            }

            var book = EnsureHealthy() ?? throw new InvalidOperationException($"seller {AccountId} vanished");
            if (answer.Outcome == LedgerOutcome.Ok)
            {
                book.ReleaseOutgoing(refund.Amount);
                return (PaymentState.Completed, LedgerOutcome.Ok);
            }

            await Reverse(book, refund);
            return (PaymentState.Reversed, AsCounterparty(answer.Outcome));
        }
        finally
        {
            _delivering.Remove(refund.Id);
        }
    }

    public Task<PostingResult> ReceiveRefund(RefundCredit refund) =>
        Post(new Posting(refund.RefundId, EntryKind.RefundIn, refund.Amount, refund.RefundId, refund.SellerId, refund.Description,
            [new PaymentMoved(refund.RefundId, PaymentState.InFlight, PaymentState.Completed, clock.GetUtcNow()),
             notices.RefundReceived(AccountId, refund.Amount, refund.RefundId)]));

    private static RefundResult RefundRefused(RefundOutcome outcome, LedgerOutcome refusal, Money refunded, AccountBook? book) =>
        new(outcome, refusal, null, refunded, book?.Balance ?? Money.Zero);
}

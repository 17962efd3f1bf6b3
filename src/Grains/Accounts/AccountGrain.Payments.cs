using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace Cashless.Grains.Accounts;

/// <summary>
/// Payments: the payer decides its debit with the outbox record and hands the record to the payee, whose credit marks
/// it completed in the same commit. When both commit through the same store writer the payee credits while the debit
/// is still queued, so both usually land in one transaction (decision 0007); otherwise the payer first waits for its
/// debit to be durable (0003). A refusal by the payee is answered with a reversal entry.
/// </summary>
internal sealed partial class AccountGrain
{
    private const string ReversalPrefix = "reversal:";

    public async Task<PaymentResult> Pay(PaymentOrder order)
    {
        var book = EnsureHealthy();
        if (book is null)
        {
            return Refused(LedgerOutcome.AccountNotFound, Money.Zero);
        }

        if (!store.HasRoom || !_committer.HasRoom)
        {
            return Refused(LedgerOutcome.Overloaded, book.Balance);
        }

        return await _operations.Run(order.OperationId, () => order.OperationId is { } operationId
            ? PayOnceUnlessMade(book, order, operationId)
            : PayOnce(book, order));
    }

    public async Task<CreditAnswer> ReceivePayment(PaymentDelivery delivery)
    {
        EnsureHealthy();
        if (_crediting.TryGetValue(delivery.PaymentId, out var running))
        {
            return await running;
        }

        var credit = CreditOnce(delivery);
        _crediting[delivery.PaymentId] = credit;
        try
        {
            return await credit;
        }
        finally
        {
            _crediting.Remove(delivery.PaymentId);
        }
    }

    public async Task<int> RecoverOutbox()
    {
        EnsureHealthy();
        // Every payment of this payer still in flight, however new: the ones this activation is delivering are skipped
        // below, and a time bound would miss one made in the same millisecond as the call.
        var stuck = await store.ListInFlightPaymentsAsync(AccountId, DateTimeOffset.MaxValue, 1000);
        var recovered = 0;
        foreach (var payment in stuck.Where(p => !_delivering.Contains(p.Id)))
        {
            _delivering.Add(payment.Id);
            await Deliver(payment, isRedelivery: true, debit: null);
            recovered++;
        }

        if (recovered > 0)
        {
            LogRecovered(AccountId, recovered);
        }

        return recovered;
    }

    private async Task<PaymentResult> PayOnceUnlessMade(AccountBook book, PaymentOrder order, string operationId)
    {
        var prior = await store.FindEntryAsync(AccountId, operationId);
        if (prior is null)
        {
            return await PayOnce(book, order);
        }

        if (!IsSamePayment(prior, order, book.PaymentDebitKind))
        {
            return Refused(LedgerOutcome.OperationReused, book.Balance);
        }

        var payment = await store.GetPaymentAsync(prior.Reference)
            ?? throw new InvariantViolationException($"entry {operationId} of {AccountId} names a missing payment");
        var outcome = payment.State == PaymentState.Reversed ? LedgerOutcome.PayeeCannotReceive : LedgerOutcome.Ok;
        if (payment.State == PaymentState.InFlight && _delivering.Add(payment.Id))
        {
            var delivery = await Deliver(payment, isRedelivery: true, debit: null);
            (payment, outcome) = (payment with { State = delivery.State }, delivery.Refusal);
        }

        return new PaymentResult(outcome, payment, prior.BalanceAfter, Replayed: true);
    }

    /// <summary>The entry an operation id made is this order again: a payment debit to the same payee, amount and description.</summary>
    private static bool IsSamePayment(JournalEntry prior, PaymentOrder order, EntryKind debitKind) =>
        prior.Kind == debitKind && prior.Amount == -order.Amount && prior.Counterparty == order.PayeeId
        && prior.Description == (order.Description ?? "");

    private async Task<PaymentResult> PayOnce(AccountBook book, PaymentOrder order)
    {
        // The payer's own refusals come first: the payee is asked nothing the payer's state already refuses.
        var precheck = CheckPayer(book, order);
        if (precheck != LedgerOutcome.Ok)
        {
            return await RefusedByPayer(precheck, book, order.Amount);
        }

        var admission = await AdmitPayee(order);
        if (admission != LedgerOutcome.Ok)
        {
            return Refused(admission, book.Balance);
        }

        // From here to the enqueue nothing awaits: the checks and the debit are one decision.
        var decision = CheckPayer(book, order);
        if (decision != LedgerOutcome.Ok)
        {
            return await RefusedByPayer(decision, book, order.Amount);
        }

        return await DebitAndDeliver(book, order, []);
    }

    /// <summary>
    /// Records the debit of a payment decided in this turn, commits it with its outbox record (and
    /// <paramref name="alongside"/>), and hands it to the payee. The caller has not awaited since it decided.
    /// </summary>
    private async Task<PaymentResult> DebitAndDeliver(AccountBook book, PaymentOrder order, IReadOnlyList<RecordChange> alongside)
    {
        var debit = book.Record(
            new EntryDraft(order.OperationId ?? order.PaymentId, book.PaymentDebitKind, order.Amount, order.PaymentId, order.PayeeId, order.Description ?? ""),
            clock.GetUtcNow());
        Spending.Spend(order.Amount, debit.CreatedAt);
        var payment = new PaymentView(order.PaymentId, AccountId, order.PayeeId, order.Amount, order.Description, PaymentState.InFlight, debit.CreatedAt);
        book.HoldOutgoing(order.Amount);
        _delivering.Add(payment.Id);
        RecordChange[] notices = [.. alongside, .. PaymentAlerts(debit)];
        var written = _committer.Submit(book, [debit], [new PaymentCreated(payment), .. notices]);
        await written.Queued;

        var delivered = await Deliver(payment, isRedelivery: false, new QueuedDebit(debit, written.Durable));
        await written.Durable;
        NotificationPublisher.Publish(GrainFactory, notices);
        await faults.AtStep(FaultSteps.PaymentBeforeAnswer, payment.Id);
        return new PaymentResult(delivered.Refusal, payment with { State = delivered.State }, debit.BalanceAfter);
    }

    /// <summary>
    /// Hands an in-flight payment to the payee; on refusal credits the payer back. <paramref name="debit"/> is the
    /// payer's debit while it may not be durable yet (null when it is): a payee on the same store writer credits at once,
    /// any other payee is called again once the debit is durable. The caller has put the payment in
    /// <see cref="_delivering"/>, so no other turn of this activation delivers it at the same time. If the payee cannot
    /// be reached the payment stays in flight, and <see cref="RecoverOutbox"/> delivers it later.
    /// </summary>
    private async Task<DeliveryOutcome> Deliver(PaymentView payment, bool isRedelivery, QueuedDebit? debit)
    {
        try
        {
            var answer = await TryHandOver(payment, isRedelivery, debit, debit is null ? null : store.WriterId);
            if (answer is { Deferred: true })
            {
                await debit!.Durable;
                answer = await TryHandOver(payment, isRedelivery, debit, debitWriter: null);
            }

            if (answer is null)
            {
                return new DeliveryOutcome(PaymentState.InFlight, LedgerOutcome.Ok);
            }

            var book = EnsureHealthy() ?? throw new InvalidOperationException($"payer {AccountId} vanished");
            if (answer.Outcome == LedgerOutcome.Ok)
            {
                book.ReleaseOutgoing(payment.Amount);
                return new DeliveryOutcome(PaymentState.Completed, LedgerOutcome.Ok);
            }

            await Reverse(book, payment);
            return new DeliveryOutcome(PaymentState.Reversed, AsCounterparty(answer.Outcome));
        }
        finally
        {
            _delivering.Remove(payment.Id);
        }
    }

    /// <summary>The payee's answer, or null when it gave none (crash, timeout, a payee reloading after a failed commit).</summary>
    private async Task<CreditAnswer?> TryHandOver(PaymentView payment, bool isRedelivery, QueuedDebit? debit, string? debitWriter)
    {
        try
        {
            await faults.AtStep(FaultSteps.PaymentBeforeDelivery, payment.Id);
            var payee = GrainFactory.Reference<IAccountGrain>(payment.To);
            var isAllowance = _book?.PaysAllowances ?? false;
            return await payee.ReceivePayment(new PaymentDelivery(
                payment.Id, AccountId, payment.Amount, payment.Description, isRedelivery, debitWriter, debit?.Entry.Sequence, debit?.Entry.CreatedAt,
                isAllowance));
        }
        catch (Exception failure) when (failure is not InvariantViolationException)
        {
            LogDeliveryFailed(payment.Id, failure);
            return null;
        }
    }

    private async Task Reverse(AccountBook book, PaymentView payment)
    {
        var now = clock.GetUtcNow();
        var reversal = book.Record(
            new EntryDraft(ReversalPrefix + payment.Id, EntryKind.PaymentReversal, payment.Amount, payment.Id, payment.To, "Payment returned: the payee could not take it"),
            now);
        book.ReleaseOutgoing(payment.Amount);
        Spending.GiveBack(payment.Amount, reversal.CreatedAt);
        await Commit(book, [reversal],
            [new PaymentMoved(payment.Id, PaymentState.InFlight, PaymentState.Reversed, now), notices.PaymentReversed(AccountId, payment.Amount, payment.Id)]);
        LogReversed(payment.Id, AccountId);
    }

    private async Task<CreditAnswer> CreditOnce(PaymentDelivery delivery)
    {
        if (delivery.DebitWriter is { } writer && writer != store.WriterId)
        {
            // The debit is queued in another writer, which may make it durable after this credit: not now.
            return new CreditAnswer(LedgerOutcome.Ok, Money.Zero, Deferred: true);
        }

        // A completed payment was credited in the commit that completed it: its credit is kept once by that state move,
        // not by an operation id (decision 0010). Any other state is decided below; a reversed one is refused by the move.
        if (delivery.IsRedelivery && await store.GetPaymentAsync(delivery.PaymentId) is { State: PaymentState.Completed })
        {
            return new CreditAnswer(LedgerOutcome.Ok, _book?.Balance ?? Money.Zero);
        }

        var book = EnsureHealthy();
        // An allowance is for a student: the web tier checks the link, and no other wallet takes one whatever it is asked.
        var admission = delivery.IsAllowance && book is { Role: not AccountRole.Buyer } ? LedgerOutcome.NotAWallet : CheckIncoming(delivery.Amount);
        if (book is null || admission != LedgerOutcome.Ok)
        {
            return new CreditAnswer(admission, book?.Balance ?? Money.Zero);
        }

        var now = clock.GetUtcNow();
        var creditKind = delivery.IsAllowance ? EntryKind.AllowanceIn : EntryKind.PaymentIn;
        var credit = book.Record(
            new EntryDraft(delivery.PaymentId, creditKind, delivery.Amount, delivery.PaymentId, delivery.PayerId, delivery.Description ?? ""),
            now);
        IReadOnlyList<RecordChange> changes =
        [
            new PaymentMoved(delivery.PaymentId, PaymentState.InFlight, PaymentState.Completed, now),
            Notices.PaymentReceived(AccountId, creditKind, delivery.Amount, delivery.PaymentId, credit.CreatedAt, credit.Sequence),
        ];
        if (delivery is { DebitSequence: { } debitSequence, DebitAt: { } debitAt })
        {
            changes = [.. changes, Notices.PaymentSent(delivery.PayerId, creditKind, delivery.Amount, delivery.PaymentId, debitAt, debitSequence)];
        }

        await Commit(book, [credit], changes);
        return new CreditAnswer(LedgerOutcome.Ok, credit.BalanceAfter);
    }

    /// <summary>
    /// Whether the payee may be paid: read from <see cref="LocalPayees"/> when it is an active wallet on this silo (no
    /// grain call; a change since is refused by its credit decision and reversed), with room in its group committer;
    /// otherwise asked. A payee on another silo is not asked for room: its credit waits for the debit to be durable.
    /// </summary>
    private async Task<LedgerOutcome> AdmitPayee(PaymentOrder order)
    {
        // A payee whose last commit failed is reloading: asking it gives the same error as before, and nothing is decided.
        if (payees.Find(order.PayeeId) is { Failure: null } committer)
        {
            return committer.HasRoom ? LedgerOutcome.Ok : LedgerOutcome.Overloaded;
        }

        return AsCounterparty(await GrainFactory.Reference<IAccountGrain>(order.PayeeId).CanReceive(order.Amount));
    }

    private LedgerOutcome CheckPayer(AccountBook book, PaymentOrder order) =>
        limits.Value.CheckPayment(order.Amount) is var amount && amount != LedgerOutcome.Ok ? amount
        : !book.IsWallet ? LedgerOutcome.NotAWallet
        : book.IsFrozen ? LedgerOutcome.AccountFrozen
        : book.IsClosed ? LedgerOutcome.AccountClosed
        : order.PayeeId == AccountId ? LedgerOutcome.SelfPayment
        : CheckLimits(order.Amount) ?? book.CheckDebit(order.Amount);

    /// <summary>
    /// What the payee says of itself, said of the counterparty to the payer: that it is no wallet, or that it cannot take
    /// the money now, never why (its status or how close its balance is to the limit are not the payer's to know).
    /// </summary>
    private static LedgerOutcome AsCounterparty(LedgerOutcome payeeOutcome) => payeeOutcome switch
    {
        LedgerOutcome.Ok => LedgerOutcome.Ok,
        LedgerOutcome.AccountNotFound or LedgerOutcome.NotAWallet => LedgerOutcome.CounterpartyNotFound,
        _ => LedgerOutcome.PayeeCannotReceive,
    };

    private static PaymentResult Refused(LedgerOutcome outcome, Money balance) => new(outcome, null, balance);

    private sealed record DeliveryOutcome(PaymentState State, LedgerOutcome Refusal);

    /// <summary>The payer's debit entry of this payment, and its commit's durability (it may still be queued).</summary>
    private sealed record QueuedDebit(JournalEntry Entry, Task Durable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} stays in flight: the payee did not answer")]
    private partial void LogDeliveryFailed(string paymentId, Exception failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} was reversed to payer {AccountId}")]
    private partial void LogReversed(string paymentId, string accountId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payer {AccountId} re-delivered {Count} payment(s) from its outbox")]
    private partial void LogRecovered(string accountId, int count);
}

using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;
using Microsoft.Extensions.Options;

namespace Cashless.Grains.Till;

/// <summary>
/// One payment request. Its calls run one at a time (the grain is not reentrant), so "paid at most once" needs no
/// lock: before the payer's payment starts, the request is stored as <see cref="PaymentRequestStatus.Paying"/> for that
/// payer; the payment's answer then makes it paid, or open again when nothing stayed with the seller. A request found
/// paying at activation (the silo died mid-payment) is settled from the payment record before anything else.
/// </summary>
internal sealed class PaymentRequestGrain(
    ICashlessStore store,
    TimeProvider clock,
    IIdGenerator ids,
    IOptions<TillOptions> options,
    Notices notices) : Grain, IPaymentRequestGrain
{
    private PaymentRequestRecord? _request;

    private string RequestId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _request = await store.GetPaymentRequestAsync(RequestId, cancellationToken);
        if (_request is { Status: PaymentRequestStatus.Paying } paying)
        {
            var payment = await store.GetPaymentAsync(paying.PaymentId!, cancellationToken);
            await Settle(paying, payment);
        }
    }

    public async Task<PaymentRequestRecord> Create(NewPaymentRequest request)
    {
        if (_request is not null)
        {
            return _request;
        }

        var now = clock.GetUtcNow();
        var record = new PaymentRequestRecord(RequestId, request.SellerId, request.Amount, request.Description,
            PaymentRequestStatus.Open, request.CreatedBy, now, now + options.Value.RequestLifetime, now);
        await Apply([new PaymentRequestCreated(record)]);
        _request = record;
        return record;
    }

    public Task<PaymentRequestRecord?> Read() => Task.FromResult(_request);

    public async Task<PaymentRequestResult> Pay(string payerId)
    {
        if (_request is not { } request)
        {
            return new PaymentRequestResult(PaymentRequestOutcome.NotFound, null, null);
        }

        var closed = Closed(request, clock.GetUtcNow());
        if (closed is not null)
        {
            // The payer of a paid request asking again (a retry) is told of its payment, not refused.
            return closed == PaymentRequestOutcome.AlreadyPaid && request.PayerId == payerId
                ? new PaymentRequestResult(PaymentRequestOutcome.PaidBefore, request, await PaymentOf(request))
                : new PaymentRequestResult(closed.Value, request, null);
        }

        var paymentId = ids.NewId(IdPrefixes.Payment);
        var reserved = request with { Status = PaymentRequestStatus.Paying, PayerId = payerId, PaymentId = paymentId };
        await Apply([new PaymentRequestMoved(RequestId, PaymentRequestStatus.Open, PaymentRequestStatus.Paying, clock.GetUtcNow(), payerId, paymentId)]);
        _request = reserved;

        // The operation id is the request's: if this payer's payment of it was made already, the payer answers with that one.
        var order = new PaymentOrder(paymentId, request.SellerId, request.Amount, request.Description, OperationIdOf(RequestId));
        var result = await GrainFactory.Reference<IAccountGrain>(payerId).Pay(order);
        var settled = await Settle(reserved, result.Outcome == LedgerOutcome.Ok ? result.Payment : null);
        return new PaymentRequestResult(
            settled.Status == PaymentRequestStatus.Paid ? PaymentRequestOutcome.Ok : PaymentRequestOutcome.PaymentRefused, settled, result);
    }

    public async Task<PaymentRequestResult> Cancel(string sellerId)
    {
        if (_request is not { } request || request.SellerId != sellerId)
        {
            return new PaymentRequestResult(PaymentRequestOutcome.NotFound, null, null);
        }

        var closed = Closed(request, clock.GetUtcNow());
        if (closed == PaymentRequestOutcome.Cancelled)
        {
            return new PaymentRequestResult(PaymentRequestOutcome.Ok, request, null);
        }

        if (closed is not null)
        {
            return new PaymentRequestResult(closed.Value, request, null);
        }

        var now = clock.GetUtcNow();
        await Apply([new PaymentRequestMoved(RequestId, PaymentRequestStatus.Open, PaymentRequestStatus.Cancelled, now, null, null)]);
        _request = request with { Status = PaymentRequestStatus.Cancelled, UpdatedAt = now };
        return new PaymentRequestResult(PaymentRequestOutcome.Ok, _request, null);
    }

    /// <summary>The operation id a request's payment carries in the payer's journal: one payment per payer and request.</summary>
    public static string OperationIdOf(string requestId) => "request:" + requestId;

    private static PaymentRequestOutcome? Closed(PaymentRequestRecord request, DateTimeOffset now) => request.Status switch
    {
        PaymentRequestStatus.Paid => PaymentRequestOutcome.AlreadyPaid,
        PaymentRequestStatus.Cancelled => PaymentRequestOutcome.Cancelled,
        _ when request.IsExpiredAt(now) => PaymentRequestOutcome.Expired,
        _ => null,
    };

    /// <summary>
    /// Ends a reservation: paid when the payment stands (completed, or in flight and so bound to complete or come back
    /// through the outbox), open again when there is none or it was reversed. The seller and its cashiers are told of a
    /// payment in the same write.
    /// </summary>
    private async Task<PaymentRequestRecord> Settle(PaymentRequestRecord reserved, PaymentView? payment)
    {
        var now = clock.GetUtcNow();
        if (payment is null or { State: PaymentState.Reversed })
        {
            await Apply([new PaymentRequestMoved(RequestId, PaymentRequestStatus.Paying, PaymentRequestStatus.Open, now, null, null)]);
            _request = reserved with { Status = PaymentRequestStatus.Open, PayerId = null, PaymentId = null, UpdatedAt = now };
            return _request;
        }

        var payer = await store.GetUserAsync(reserved.PayerId!);
        var cashiers = await store.ListCashiersAsync(reserved.SellerId);
        var told = cashiers.Where(c => !c.Disabled).Select(c => c.UserId).Prepend(reserved.SellerId)
            .Select(userId => notices.PaymentRequestPaid(userId, reserved.Amount, reserved.Id, payer?.Name ?? "A buyer"));
        List<RecordChange> changes =
            [new PaymentRequestMoved(RequestId, PaymentRequestStatus.Paying, PaymentRequestStatus.Paid, now, reserved.PayerId, payment.Id), .. told];
        await Apply(changes);
        _request = reserved with { Status = PaymentRequestStatus.Paid, PaymentId = payment.Id, UpdatedAt = now };
        return _request;
    }

    /// <summary>The request's payment as stored; its balance is not told again (zero, and the web tier leaves it out).</summary>
    private async Task<PaymentResult> PaymentOf(PaymentRequestRecord request)
    {
        var payment = await store.GetPaymentAsync(request.PaymentId!)
            ?? throw new InvariantViolationException($"paid request {request.Id} names a missing payment");
        return new PaymentResult(LedgerOutcome.Ok, payment, Interfaces.Money.Zero);
    }

    private async Task Apply(IReadOnlyList<RecordChange> changes)
    {
        var outcome = await store.ApplyChangesAsync(changes);
        Invariant.Check(outcome == CommitOutcome.Committed, $"payment request {RequestId} moved under its own grain");
        NotificationPublisher.Publish(GrainFactory, changes);
    }
}

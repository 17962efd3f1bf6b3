using Cashless.MidtransEmulator.CoreApi;
using Cashless.MidtransEmulator.Notifications;

namespace Cashless.MidtransEmulator.Transactions;

/// <summary>
/// Creates transactions and moves them between statuses, announcing each change. A change and the queueing of its
/// notification happen under one lock, so notifications for an order leave in the order the changes happened.
/// </summary>
public sealed class TransactionLifecycle(
    EmulatorState state,
    NotificationSender sender,
    EmulatorClock clock,
    PaymentCodeGenerator codes)
{
    private static readonly TimeSpan DefaultExpiry = TimeSpan.FromHours(24);
    private readonly Lock _gate = new();

    /// <summary>The new pending transaction, or null when the order_id is still held by an earlier one.</summary>
    public Transaction? Create(ChargeRequest request, IReadOnlyList<Uri> notificationUrls)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.UtcNowToSecond();
        var transaction = new Transaction(
            Guid.NewGuid().ToString(),
            request.OrderId,
            request.PaymentType,
            request.Bank,
            request.CustomVaNumber ?? codes.Next(request.Bank),
            request.GrossAmount,
            now,
            (request.OrderTime ?? now) + (request.ExpiryDuration ?? DefaultExpiry),
            notificationUrls);
        lock (_gate)
        {
            if (!state.TryAdd(transaction))
            {
                return null;
            }
            sender.Send(transaction, TransactionStatus.Pending, NotificationOptions.Once);
        }
        return transaction;
    }

    public Transition Move(string id, TransactionStatus target, NotificationOptions notify)
    {
        lock (_gate)
        {
            var transition = state.TryMove(id, target, clock.UtcNowToSecond());
            if (transition is { Outcome: TransitionOutcome.Moved, Transaction: { } moved })
            {
                sender.Send(moved, target, notify);
            }
            return transition;
        }
    }

    /// <summary>Announces a status whatever the stored state is (late, early or invented notifications).</summary>
    public void Announce(Transaction transaction, TransactionStatus status, NotificationOptions notify)
    {
        lock (_gate)
        {
            sender.Send(transaction, status, notify);
        }
    }

    /// <summary>Expires every pending transaction whose expiry_time has passed, as Midtrans does on its own.</summary>
    public void ExpireOverdue()
    {
        foreach (var overdue in state.PendingDueBy(clock.GetUtcNow()))
        {
            Move(overdue.TransactionId, TransactionStatus.Expire, NotificationOptions.Once);
        }
    }
}

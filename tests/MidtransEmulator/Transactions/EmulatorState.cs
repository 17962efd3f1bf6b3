using Cashless.MidtransEmulator.Faults;
using Cashless.MidtransEmulator.Notifications;

namespace Cashless.MidtransEmulator.Transactions;

/// <summary>
/// Everything the emulated gateway remembers. Resolve it from <c>app.Services</c> to inspect a scenario in-process.
/// Reads return immutable snapshots.
/// </summary>
public sealed class EmulatorState
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OrderEntry> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Transaction> _byTransactionId = new(StringComparer.Ordinal);
    private FaultSettings _faults = FaultSettings.None;

    public FaultSettings Faults
    {
        get { lock (_gate) return _faults; }
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (_gate) _faults = value;
        }
    }

    /// <summary>How many <c>POST /v2/charge</c> requests named this order_id, whatever their outcome.</summary>
    public int ChargeRequests(string orderId)
    {
        lock (_gate) return _orders.TryGetValue(orderId, out var entry) ? entry.ChargeRequests : 0;
    }

    /// <summary>The latest transaction of an order_id, or the transaction with that transaction_id.</summary>
    public Transaction? Find(string id)
    {
        lock (_gate) return FindLocked(id);
    }

    public OrderView? Order(string orderId)
    {
        lock (_gate) return _orders.TryGetValue(orderId, out var entry) ? View(orderId, entry) : null;
    }

    public IReadOnlyList<OrderView> Orders()
    {
        lock (_gate) return [.. _orders.Select(pair => View(pair.Key, pair.Value))];
    }

    public IReadOnlyList<NotificationDelivery> Deliveries(string orderId)
    {
        lock (_gate) return _orders.TryGetValue(orderId, out var entry) ? [.. entry.Deliveries] : [];
    }

    internal void RecordChargeRequest(string orderId)
    {
        lock (_gate) Entry(orderId).ChargeRequests++;
    }

    /// <summary>Stores a new transaction unless its order_id is still held by an earlier one (Midtrans 406).</summary>
    internal bool TryAdd(Transaction transaction)
    {
        lock (_gate)
        {
            var entry = Entry(transaction.OrderId);
            if (entry.TransactionIds.Count > 0 && _byTransactionId[entry.TransactionIds[^1]].HoldsOrderId)
            {
                return false;
            }
            entry.TransactionIds.Add(transaction.TransactionId);
            _byTransactionId.Add(transaction.TransactionId, transaction);
            return true;
        }
    }

    internal Transition TryMove(string id, TransactionStatus target, DateTimeOffset now)
    {
        lock (_gate)
        {
            var current = FindLocked(id);
            if (current is null)
            {
                return new Transition(TransitionOutcome.NotFound, null);
            }
            if (!current.CanMoveTo(target))
            {
                return new Transition(TransitionOutcome.NotAllowed, current);
            }
            var moved = current with
            {
                Status = target,
                SettlementTime = target == TransactionStatus.Settlement ? now : current.SettlementTime,
            };
            _byTransactionId[moved.TransactionId] = moved;
            return new Transition(TransitionOutcome.Moved, moved);
        }
    }

    internal IReadOnlyList<Transaction> PendingDueBy(DateTimeOffset now)
    {
        lock (_gate)
        {
            return [.. _byTransactionId.Values.Where(t => t.Status == TransactionStatus.Pending && t.ExpiryTime <= now)];
        }
    }

    internal void RecordDelivery(NotificationDelivery delivery)
    {
        lock (_gate) Entry(delivery.OrderId).Deliveries.Add(delivery);
    }

    private Transaction? FindLocked(string id)
    {
        if (_orders.TryGetValue(id, out var entry) && entry.TransactionIds.Count > 0)
        {
            return _byTransactionId[entry.TransactionIds[^1]];
        }
        return _byTransactionId.GetValueOrDefault(id);
    }

    private OrderEntry Entry(string orderId)
    {
        if (!_orders.TryGetValue(orderId, out var entry))
        {
            entry = new OrderEntry();
            _orders.Add(orderId, entry);
        }
        return entry;
    }

    private OrderView View(string orderId, OrderEntry entry) => new(
        orderId,
        entry.ChargeRequests,
        [.. entry.TransactionIds.Select(id => _byTransactionId[id])],
        [.. entry.Deliveries]);

    private sealed class OrderEntry
    {
        public int ChargeRequests { get; set; }

        public List<string> TransactionIds { get; } = [];

        public List<NotificationDelivery> Deliveries { get; } = [];
    }
}

using Cashless.MidtransEmulator.Notifications;

namespace Cashless.MidtransEmulator.Transactions;

/// <summary>Everything the emulator knows about one order_id, oldest transaction first.</summary>
public sealed record OrderView(
    string OrderId,
    int ChargeRequests,
    IReadOnlyList<Transaction> Transactions,
    IReadOnlyList<NotificationDelivery> Notifications);

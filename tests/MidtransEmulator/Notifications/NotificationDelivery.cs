namespace Cashless.MidtransEmulator.Notifications;

/// <summary>One notification POST and how the receiver answered (<see cref="ResponseStatus"/> is null when it did not).</summary>
public sealed record NotificationDelivery(
    string OrderId,
    string TransactionStatus,
    Uri Url,
    string Body,
    int? ResponseStatus,
    string? Error,
    DateTimeOffset SentAt);

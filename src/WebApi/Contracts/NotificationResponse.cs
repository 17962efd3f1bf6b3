using System.Text.Json.Serialization;
using Cashless.Grains.Interfaces.Notifications;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// One notification of the caller's log, and the payload of the hub's <c>notification</c> event. <see cref="Amount"/>
/// and <see cref="Reference"/> (the payment, top-up or withdrawal it tells of) are absent where they do not apply;
/// <see cref="ReadAt"/> is absent while unread.
/// </summary>
public sealed record NotificationResponse(string Id, NotificationType Kind, string Message, DateTime CreatedAt)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Amount { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reference { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? ReadAt { get; init; }

    public static NotificationResponse Of(NotificationRecord notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new NotificationResponse(notification.Id, TypeOf(notification.Kind), notification.Message, ApiTime.Of(notification.CreatedAt))
        {
            Amount = notification.Amount?.Rupiah,
            Reference = notification.Reference,
            ReadAt = notification.ReadAt is { } readAt ? ApiTime.Of(readAt) : null,
        };
    }

    public static NotificationType TypeOf(NotificationKind kind) => kind switch
    {
        NotificationKind.TopUpSettled => NotificationType.TopUpSettled,
        NotificationKind.TopUpFailed => NotificationType.TopUpFailed,
        NotificationKind.TopUpApproved => NotificationType.TopUpApproved,
        NotificationKind.TopUpRejected => NotificationType.TopUpRejected,
        NotificationKind.TopUpReversed => NotificationType.TopUpReversed,
        NotificationKind.PaymentReceived => NotificationType.PaymentReceived,
        NotificationKind.PaymentSent => NotificationType.PaymentSent,
        NotificationKind.PaymentReversed => NotificationType.PaymentReversed,
        NotificationKind.WithdrawalCompleted => NotificationType.WithdrawalCompleted,
        NotificationKind.WithdrawalRejected => NotificationType.WithdrawalRejected,
        NotificationKind.AccountFrozen => NotificationType.AccountFrozen,
        NotificationKind.AccountUnfrozen => NotificationType.AccountUnfrozen,
        NotificationKind.PaymentRequestPaid => NotificationType.PaymentRequestPaid,
        NotificationKind.RefundReceived => NotificationType.RefundReceived,
        NotificationKind.AccountClosed => NotificationType.AccountClosed,
        NotificationKind.BalanceLow => NotificationType.BalanceLow,
        NotificationKind.LargePayment => NotificationType.LargePayment,
        NotificationKind.LimitReached => NotificationType.LimitReached,
        NotificationKind.AllowanceReceived => NotificationType.AllowanceReceived,
        NotificationKind.AllowanceSent => NotificationType.AllowanceSent,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown notification kind"),
    };
}

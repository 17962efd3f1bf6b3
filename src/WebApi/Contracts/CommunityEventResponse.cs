using System.Text.Json.Serialization;
using Cashless.Grains.Interfaces.Notifications;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// The payload of the hub's <c>community</c> event, sent to admins only: every notification of the community as it
/// is committed, with the user it was written for (id and name). A payment shows twice (<c>payment_sent</c> to the
/// payer and <c>payment_received</c> to the payee).
/// </summary>
public sealed record CommunityEventResponse(string Id, string UserId, NotificationType Kind, string Message, DateTime CreatedAt)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Amount { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reference { get; init; }

    public static CommunityEventResponse Of(NotificationRecord notification, string? userName)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new CommunityEventResponse(notification.Id, notification.UserId, NotificationResponse.TypeOf(notification.Kind),
            notification.Message, ApiTime.Of(notification.CreatedAt))
        {
            UserName = userName,
            Amount = notification.Amount?.Rupiah,
            Reference = notification.Reference,
        };
    }
}

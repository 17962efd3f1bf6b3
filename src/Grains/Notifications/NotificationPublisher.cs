using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.Records;

namespace Cashless.Grains.Notifications;

/// <summary>
/// After a commit is durable, hands its notifications to the users' live feeds. One-way and best effort: a push
/// never delays or fails the money operation, and a missed push is still in the user's notification log.
/// </summary>
public static class NotificationPublisher
{
    public static void Publish(IGrainFactory grains, IEnumerable<RecordChange> changes)
    {
        foreach (var created in changes.OfType<NotificationCreated>())
        {
            _ = grains.GetGrain<INotificationFeedGrain>(created.Notification.UserId).Publish(created.Notification);
        }
    }
}

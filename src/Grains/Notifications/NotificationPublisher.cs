using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.Records;

namespace Cashless.Grains.Notifications;

/// <summary>
/// After a commit is durable, hands its notifications to the users' live feeds, and each one also to the admins'
/// community feed. One-way and best effort: a push never delays or fails the money operation, and a missed push is
/// still in the user's notification log.
/// </summary>
public static class NotificationPublisher
{
    /// <summary>
    /// The key of the feed grain that carries every notification of the community, for the admins' live feed. User
    /// feeds are keyed by user id (<c>usr_…</c>), so this key never names a user.
    /// </summary>
    public const string CommunityFeed = "admins";

    public static void Publish(IGrainFactory grains, IEnumerable<RecordChange> changes)
    {
        ArgumentNullException.ThrowIfNull(grains);
        foreach (var created in changes.OfType<NotificationCreated>())
        {
            var notification = created.Notification;
            _ = grains.GetGrain<INotificationFeedGrain>(notification.UserId).Publish(notification);
            _ = grains.GetGrain<INotificationFeedGrain>(CommunityFeed).Publish(notification);
        }
    }
}

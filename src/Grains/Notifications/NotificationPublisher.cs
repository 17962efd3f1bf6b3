using Cashless.Grains.Interfaces;
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
    /// The community feed is <see cref="CommunityShards"/> feed grains, each carrying the notifications of the users
    /// that hash to it, so no single grain (and silo) takes every notification of the community; an admin's
    /// connection hears them all.
    /// </summary>
    public const int CommunityShards = 8;

    private const string CommunityPrefix = "admins/";

    /// <summary>The community feed's grain keys. User feeds are keyed by user id (<c>usr_…</c>), so these never name a user.</summary>
    public static IReadOnlyList<string> CommunityFeeds { get; } =
        [.. Enumerable.Range(0, CommunityShards).Select(shard => CommunityPrefix + shard.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static bool IsCommunityFeed(string feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return feed.StartsWith(CommunityPrefix, StringComparison.Ordinal);
    }

    /// <summary>The community shard that carries <paramref name="userId"/>'s notifications (the same in every process).</summary>
    public static string CommunityFeedOf(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var hash = 0u;
        foreach (var character in userId)
        {
            hash = (hash * 31) + character;
        }

        return CommunityFeeds[(int)(hash % CommunityShards)];
    }

    public static void Publish(IGrainFactory grains, IEnumerable<RecordChange> changes)
    {
        ArgumentNullException.ThrowIfNull(grains);
        foreach (var created in changes.OfType<NotificationCreated>())
        {
            var notification = created.Notification;
            _ = grains.Reference<INotificationFeedGrain>(notification.UserId).Publish(notification);
            _ = grains.Reference<INotificationFeedGrain>(CommunityFeedOf(notification.UserId)).Publish(notification);
        }
    }
}

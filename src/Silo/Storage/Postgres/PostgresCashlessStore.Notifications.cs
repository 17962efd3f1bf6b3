using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;

namespace Cashless.Silo.Storage.Postgres;

/// <summary>The notification log: stored notifications merged with the payment notifications read from entries (0007).</summary>
internal sealed partial class PostgresCashlessStore
{
    public async Task<Page<NotificationRecord>> ListNotificationsAsync(
        string userId, bool unreadOnly, PageRequest page, CancellationToken ct = default)
    {
        var stored = await QueryAsync(StoreQueries.NotificationPage(userId, unreadOnly, page), StoreRows.Notification, ct);
        var derived = await QueryAsync(StoreQueries.DerivedNotificationPage(userId, unreadOnly, page), StoreRows.DerivedNotification, ct);
        return StoreRows.MergeNotifications(stored, derived, page.Limit);
    }

    public async Task<bool> MarkNotificationReadAsync(string userId, string notificationId, DateTimeOffset at, CancellationToken ct = default)
    {
        if (!DerivedNotificationId.TryParse(notificationId, out var unixMs, out var sequence))
        {
            return await ExecuteAsync(StoreQueries.MarkNotificationRead(userId, notificationId, at)) == 1;
        }

        if ((await QueryAsync(StoreQueries.DerivedNotificationExists(userId, unixMs, sequence), row => row.GetInt64(0), ct)).Single() == 0)
        {
            return false;
        }

        await ExecuteAsync(StoreQueries.MarkDerivedNotificationRead(userId, unixMs, sequence, at));
        return true;
    }

    public async Task<int> MarkAllNotificationsReadAsync(string userId, DateTimeOffset at, CancellationToken ct = default)
    {
        var derived = (int)(await QueryAsync(StoreQueries.DerivedUnreadCount(userId, at), row => row.GetInt64(0), ct)).Single();
        await ExecuteAsync(StoreQueries.MarkDerivedNotificationsReadUpTo(userId, at));
        return (await ExecuteAsync(StoreQueries.MarkAllNotificationsRead(userId, at)) ?? 0) + derived;
    }
}

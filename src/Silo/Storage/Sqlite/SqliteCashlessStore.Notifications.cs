using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>The notification log: stored notifications merged with the payment notifications read from entries (0007).</summary>
internal sealed partial class SqliteCashlessStore
{
    public Task<Page<NotificationRecord>> ListNotificationsAsync(string userId, bool unreadOnly, PageRequest page, CancellationToken ct = default)
    {
        var stored = Read(StoreQueries.NotificationPage(userId, unreadOnly, page), StoreRows.Notification);
        var derived = Read(StoreQueries.DerivedNotificationPage(userId, unreadOnly, page), StoreRows.DerivedNotification);
        return Task.FromResult(StoreRows.MergeNotifications(stored, derived, page.Limit));
    }

    public async Task<bool> MarkNotificationReadAsync(string userId, string notificationId, DateTimeOffset at, CancellationToken ct = default)
    {
        if (!DerivedNotificationId.TryParse(notificationId, out var unixMs, out var sequence))
        {
            return await _writer.Write(
                connection => Execute(connection, StoreQueries.MarkNotificationRead(userId, notificationId, at)) == 1, onConflict: false);
        }

        if (Read(StoreQueries.DerivedNotificationExists(userId, unixMs, sequence), row => row.GetInt64(0)).Single() == 0)
        {
            return false;
        }

        await _writer.Write(connection => Execute(connection, StoreQueries.MarkDerivedNotificationRead(userId, unixMs, sequence, at)), onConflict: 0);
        return true;
    }

    public async Task<int> MarkAllNotificationsReadAsync(string userId, DateTimeOffset at, CancellationToken ct = default)
    {
        var derived = (int)Read(StoreQueries.DerivedUnreadCount(userId, at), row => row.GetInt64(0)).Single();
        var stored = await _writer.Write(connection =>
        {
            Execute(connection, StoreQueries.MarkDerivedNotificationsReadUpTo(userId, at));
            return Execute(connection, StoreQueries.MarkAllNotificationsRead(userId, at));
        }, onConflict: 0);
        return stored + derived;
    }
}

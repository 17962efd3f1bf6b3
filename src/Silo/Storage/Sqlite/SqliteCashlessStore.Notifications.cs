using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Sqlite;

internal sealed partial class SqliteCashlessStore
{
    public Task<Page<NotificationRecord>> ListNotificationsAsync(string userId, bool unreadOnly, PageRequest page, CancellationToken ct = default)
    {
        var rows = Read(StoreQueries.NotificationPage(userId, unreadOnly, page), StoreRows.Notification);
        return Task.FromResult(Paging.Cut(rows, page.Limit, n => n.Id));
    }

    public Task<bool> MarkNotificationReadAsync(string userId, string notificationId, DateTimeOffset at, CancellationToken ct = default) =>
        _writer.Write(
            connection => Execute(connection, StoreQueries.MarkNotificationRead(userId, notificationId, at)) == 1, onConflict: false);

    public Task<int> MarkAllNotificationsReadAsync(string userId, DateTimeOffset at, CancellationToken ct = default) =>
        _writer.Write(connection => Execute(connection, StoreQueries.MarkAllNotificationsRead(userId, at)), onConflict: 0);
}

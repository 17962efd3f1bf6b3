using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

internal sealed partial class PostgresCashlessStore
{
    public async Task<Page<NotificationRecord>> ListNotificationsAsync(
        string userId, bool unreadOnly, PageRequest page, CancellationToken ct = default)
    {
        var rows = await QueryAsync(StoreQueries.NotificationPage(userId, unreadOnly, page), StoreRows.Notification, ct);
        return Paging.Cut(rows, page.Limit, n => n.Id);
    }

    public async Task<bool> MarkNotificationReadAsync(string userId, string notificationId, DateTimeOffset at, CancellationToken ct = default) =>
        await ExecuteAsync(StoreQueries.MarkNotificationRead(userId, notificationId, at)) == 1;

    public async Task<int> MarkAllNotificationsReadAsync(string userId, DateTimeOffset at, CancellationToken ct = default) =>
        await ExecuteAsync(StoreQueries.MarkAllNotificationsRead(userId, at)) ?? 0;
}

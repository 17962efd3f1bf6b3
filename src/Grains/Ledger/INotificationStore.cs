using Cashless.Grains.Interfaces.Notifications;

namespace Cashless.Grains.Ledger;

/// <summary>The notification log. Notifications are written by commits (<c>NotificationCreated</c>); here they are read and marked.</summary>
public interface INotificationStore
{
    /// <summary>Newest first; the cursor is opaque.</summary>
    Task<Page<NotificationRecord>> ListNotificationsAsync(string userId, bool unreadOnly, PageRequest page, CancellationToken ct = default);

    /// <summary>False when the user has no such notification. Marking one already read keeps its first read time.</summary>
    Task<bool> MarkNotificationReadAsync(string userId, string notificationId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Returns how many were unread.</summary>
    Task<int> MarkAllNotificationsReadAsync(string userId, DateTimeOffset at, CancellationToken ct = default);
}

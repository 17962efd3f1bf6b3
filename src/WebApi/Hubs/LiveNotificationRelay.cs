using Cashless.Grains.Interfaces.Notifications;

namespace Cashless.WebApi.Hubs;

/// <summary>
/// A front silo's ear on the notification feeds: an Orleans observer (made with
/// <c>IGrainFactory.CreateObjectReference</c>) that the feed grains call wherever they run, and that hands each
/// notification to this silo's hub connections. It never waits on a client: a slow connection must not hold up the
/// others, and the feed's call is one-way anyway.
/// </summary>
public sealed partial class LiveNotificationRelay(Func<NotificationRecord, Task> push, ILogger logger) : INotificationObserver
{
    public Task OnNotification(NotificationRecord notification)
    {
        _ = PushAsync(notification);
        return Task.CompletedTask;
    }

    private async Task PushAsync(NotificationRecord notification)
    {
        try
        {
            await push(notification);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The log has the notification; a lost push costs the client a refresh, never money.
            LogPushFailed(logger, exception, notification.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live push of notification {NotificationId} failed")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string notificationId);
}

using Orleans.Concurrency;

namespace Cashless.Grains.Interfaces.Notifications;

/// <summary>A front silo's relay to its live connections (SignalR); one per silo, subscribed per connected user.</summary>
[Alias("Cashless.INotificationObserver")]
public interface INotificationObserver : IGrainObserver
{
    [OneWay, Alias("OnNotification")]
    Task OnNotification(NotificationRecord notification);
}

using Orleans.Concurrency;

namespace Cashless.Grains.Interfaces.Notifications;

/// <summary>
/// The live side of one user's notifications, keyed by user id: it forwards each new notification to the front
/// silos that hold a connection of that user, whichever silo raised it. It keeps no history (storage does).
/// </summary>
[Alias("Cashless.INotificationFeedGrain")]
public interface INotificationFeedGrain : IGrainWithStringKey
{
    /// <summary>Subscriptions expire unless renewed; front silos renew them while the user stays connected.</summary>
    [Alias("Subscribe")]
    Task Subscribe(INotificationObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(INotificationObserver observer);

    [OneWay, Alias("Publish")]
    Task Publish(NotificationRecord notification);
}

using Cashless.Grains.Interfaces.Notifications;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Cashless.Grains.Notifications;

internal sealed class NotificationFeedGrain(ILogger<NotificationFeedGrain> logger) : Grain, INotificationFeedGrain
{
    /// <summary>Front silos renew every minute; a silo that died stops being called after this.</summary>
    internal static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(3);

    private readonly ObserverManager<INotificationObserver> _observers = new(SubscriptionLifetime, logger);

    public Task Subscribe(INotificationObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(INotificationObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task Publish(NotificationRecord notification)
    {
        _observers.Notify(observer => observer.OnNotification(notification));
        return Task.CompletedTask;
    }
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.Sessions;
using Cashless.Grains.Notifications;
using Cashless.WebApi.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Hubs;

/// <summary>
/// This front silo's live connections, counted per feed (a user's own; the community feed for admins). The first
/// connection to a feed subscribes this silo's relay to that feed's grain, the last one to leave unsubscribes. Every
/// <see cref="LiveNotificationsOptions.RenewInterval"/> the subscriptions of the feeds still connected are renewed (the
/// grain forgets a subscription after 3 minutes, so a silo that died stops being called, and a feed grain that moved
/// to another silo learns of this one again) and connections whose token was revoked since are closed. A subscribe or
/// renewal that fails (a timeout under load, a silo leaving) is retried after <see cref="FirstRetryDelay"/>, doubling
/// up to the renewal interval, rather than leaving the connection deaf until the next renewal.
/// </summary>
/// <remarks>
/// The relays live as long as this singleton (the process): an observer reference is only good while its object is
/// alive. Grain calls for one feed are made one at a time, so a subscribe can never overtake the unsubscribe of a
/// user who left and came back.
/// </remarks>
public sealed partial class LiveSubscriptions(
    IGrainFactory grains,
    IHubContext<NotificationHub> hub,
    UserNames names,
    IOptions<LiveNotificationsOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<LiveSubscriptions> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(500);

    private const int ParallelCalls = 16;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Feed> _feeds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LiveConnection> _connections = new(StringComparer.Ordinal);
    private Relays? _relays;

    /// <summary>Returns once this silo hears every feed of the connection, or its first subscribe failed and is being retried.</summary>
    public Task ConnectedAsync(LiveConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var ready = new List<Task>();
        lock (_lock)
        {
            _connections[connection.Id] = connection;
            foreach (var key in connection.Feeds)
            {
                if (!_feeds.TryGetValue(key, out var feed))
                {
                    feed = new Feed(key);
                    _feeds[key] = feed;
                }

                feed.Connections++;
                ready.Add(Reconcile(feed));
            }
        }

        return Task.WhenAll(ready);
    }

    public void Disconnected(string connectionId)
    {
        lock (_lock)
        {
            if (!_connections.Remove(connectionId, out var connection))
            {
                return;
            }

            foreach (var key in connection.Feeds)
            {
                var feed = _feeds[key];
                feed.Connections--;
                _ = Reconcile(feed);
            }
        }
    }

    /// <summary>Whether this silo has a connection on <paramref name="feed"/> and its subscription is in place.</summary>
    public bool IsLive(string feed)
    {
        lock (_lock)
        {
            return _feeds.TryGetValue(feed, out var state) && state.Connections > 0 && state.Subscribed;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RenewInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RenewAsync(stoppingToken);
                await CloseRevokedAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRoundFailed(logger, exception);
            }
        }
    }

    /// <summary>
    /// Starts the feed's call loop unless one runs; answers a task that completes when the feed's subscription state
    /// has caught up. Called under the lock.
    /// </summary>
    private Task Reconcile(Feed feed)
    {
        if (feed.Running is { } running)
        {
            return running;
        }

        if ((feed.Connections > 0) == feed.Subscribed)
        {
            ForgetIfIdle(feed);
            return Task.CompletedTask;
        }

        feed.Running = Task.Run(() => RunCallsAsync(feed));
        return feed.Running;
    }

    /// <summary>Subscribes or unsubscribes until the grain's state matches the connection count; one call at a time.</summary>
    private async Task RunCallsAsync(Feed feed)
    {
        while (true)
        {
            bool subscribe;
            lock (_lock)
            {
                subscribe = feed.Connections > 0;
                if (subscribe == feed.Subscribed)
                {
                    feed.Running = null;
                    ForgetIfIdle(feed);
                    return;
                }
            }

            var failure = subscribe ? await TrySubscribeAsync(feed.Key) : null;
            if (!subscribe)
            {
                await TryUnsubscribeAsync(feed.Key); // a failed one is left to expire
            }

            lock (_lock)
            {
                feed.Subscribed = subscribe && failure is null;
                if (failure is not null)
                {
                    feed.Running = null;
                    RetryLater(feed, failure);
                    return;
                }

                feed.Failures = 0;
            }
        }
    }

    /// <summary>Schedules one more subscribe of a still-connected feed unless one is due. Called under the lock.</summary>
    private void RetryLater(Feed feed, Exception failure)
    {
        feed.Failures++;
        if (feed.RetryDue || feed.Connections == 0)
        {
            LogSubscribeFailed(logger, failure, feed.Key, feed.Failures);
            ForgetIfIdle(feed); // nobody left to hear it, or a retry is already on its way
            return;
        }

        var delay = RetryDelay(feed.Failures);
        LogSubscribeRetried(logger, failure, feed.Key, feed.Failures, delay);
        feed.RetryDue = true;
        _ = RetryAfterAsync(feed, delay);
    }

    /// <summary>Doubling from <see cref="FirstRetryDelay"/> up to the renewal interval, jittered so that feeds failed together spread out.</summary>
    private TimeSpan RetryDelay(int failures)
    {
        var doubled = FirstRetryDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = doubled < options.Value.RenewInterval ? doubled : options.Value.RenewInterval;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    private async Task RetryAfterAsync(Feed feed, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, clock, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_lock)
        {
            feed.RetryDue = false;
            if (_feeds.TryGetValue(feed.Key, out var current) && current == feed)
            {
                _ = Reconcile(feed);
            }
        }
    }

    private void ForgetIfIdle(Feed feed)
    {
        if (feed.Connections == 0 && !feed.Subscribed && feed.Running is null)
        {
            _feeds.Remove(feed.Key);
        }
    }

    private async Task RenewAsync(CancellationToken ct)
    {
        List<Feed> connected;
        lock (_lock)
        {
            connected = [.. _feeds.Values.Where(feed => feed.Connections > 0 && feed.Running is null && !feed.RetryDue)];
        }

        await Parallel.ForEachAsync(connected, Limited(ct), async (feed, _) =>
        {
            var failure = await TrySubscribeAsync(feed.Key);
            lock (_lock)
            {
                if (feed.Running is not null || feed.Connections == 0)
                {
                    return;
                }

                // The grain may have lost the subscription (a new activation): treat it as not subscribed until a retry succeeds.
                feed.Subscribed = failure is null;
                if (failure is null)
                {
                    feed.Failures = 0;
                }
                else
                {
                    RetryLater(feed, failure);
                }
            }
        });
    }

    private async Task CloseRevokedAsync(CancellationToken ct)
    {
        List<LiveConnection> open;
        lock (_lock)
        {
            open = [.. _connections.Values];
        }

        await Parallel.ForEachAsync(open, Limited(ct), async (connection, _) =>
        {
            var access = await grains.Reference<ISessionGrain>(connection.UserId).Check(connection.TokenId, connection.IssuedAt);
            if (access.Revoked || (connection.IsAdmin && !LiveConnection.IsAdminNow(access)))
            {
                LogRevokedClosed(logger, connection.UserId);
                connection.Context.Abort();
            }
        });
    }

    /// <summary>Null when subscribed, else why not.</summary>
    private async Task<Exception?> TrySubscribeAsync(string feed)
    {
        try
        {
            await grains.Reference<INotificationFeedGrain>(feed).Subscribe(RelayFor(feed));
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return exception;
        }
    }

    private async Task TryUnsubscribeAsync(string feed)
    {
        try
        {
            await grains.Reference<INotificationFeedGrain>(feed).Unsubscribe(RelayFor(feed));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogUnsubscribeFailed(logger, exception, feed);
        }
    }

    private INotificationObserver RelayFor(string feed)
    {
        lock (_lock)
        {
            _relays ??= CreateRelays();
            return NotificationPublisher.IsCommunityFeed(feed) ? _relays.CommunityReference : _relays.UsersReference;
        }
    }

    /// <summary>Made on first use rather than at start: observer references need the silo, which starts after the web host is built.</summary>
    private Relays CreateRelays()
    {
        var users = new LiveNotificationRelay(
            notification => hub.Clients.Group(NotificationHub.UserGroup(notification.UserId))
                .SendAsync(NotificationHub.NotificationEvent, NotificationResponse.Of(notification)),
            logger);
        var community = new LiveNotificationRelay(
            async notification => await hub.Clients.Group(NotificationHub.AdminsGroup)
                .SendAsync(NotificationHub.CommunityEvent, CommunityEventResponse.Of(notification, await names.NameOfAsync(notification.UserId))),
            logger);
        return new Relays(users, grains.CreateObjectReference<INotificationObserver>(users),
            community, grains.CreateObjectReference<INotificationObserver>(community));
    }

    private static ParallelOptions Limited(CancellationToken ct) => new() { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = ct };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing this silo to notification feed {Feed} failed ({Failures} in a row); retrying in {Delay}")]
    private static partial void LogSubscribeRetried(ILogger logger, Exception exception, string feed, int failures, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing this silo to notification feed {Feed} failed ({Failures} in a row)")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception, string feed, int failures);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsubscribing this silo from notification feed {Feed} failed; the subscription expires")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception exception, string feed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed a live connection of {UserId}: its token was revoked")]
    private static partial void LogRevokedClosed(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of live-subscription renewal failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    /// <summary>One feed as this silo sees it. Guarded by the lock.</summary>
    private sealed class Feed(string key)
    {
        public string Key { get; } = key;

        public int Connections { get; set; }

        /// <summary>The grain knows this silo's relay (as far as the last finished call says).</summary>
        public bool Subscribed { get; set; }

        /// <summary>The call loop, while one runs.</summary>
        public Task? Running { get; set; }

        /// <summary>Subscribe failures since the last success; they set the back-off.</summary>
        public int Failures { get; set; }

        /// <summary>A retry after a failure is scheduled.</summary>
        public bool RetryDue { get; set; }
    }

    /// <summary>The two observers of this silo and their references, kept together so neither is collected.</summary>
    private sealed record Relays(
        LiveNotificationRelay Users, INotificationObserver UsersReference, LiveNotificationRelay Community, INotificationObserver CommunityReference);
}

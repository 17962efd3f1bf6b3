using Cashless.Silo.Storage;
using System.Diagnostics.Metrics;
using Cashless.Grains.Ledger;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cashless.Silo.Hosting;

/// <summary>
/// <c>cashless.outbox.depth</c>: payments debited but not yet credited (in flight), counted up to <see cref="Cap"/>.
/// A scrape never waits for the database: it reads the last count, and starts a new count (one indexed query on
/// the in-flight payments) when that one is older than <see cref="MaxAge"/>. Nothing is queried while nobody scrapes.
/// </summary>
internal sealed partial class OutboxDepthGauge(ILedgerStore store, IMeterFactory meters, TimeProvider clock, ILogger<OutboxDepthGauge> logger)
    : IHostedService
{
    public const int Cap = 1000;
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private long? _depth;
    private DateTimeOffset _countedAt = DateTimeOffset.MinValue;
    private bool _counting;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        meters.Create(CashlessMetrics.MeterName).CreateObservableGauge(
            "cashless.outbox.depth", Observe, "{payment}",
            $"Payments in flight (debited, not yet credited or reversed), counted up to {Cap}; refreshed at most every {MaxAge.TotalSeconds:0} s");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<long>> Observe()
    {
        long? depth;
        lock (_lock)
        {
            depth = _depth;
            if (!_counting && clock.GetUtcNow() - _countedAt > MaxAge)
            {
                _counting = true;
                _ = Task.Run(CountAsync);
            }
        }

        return depth is { } value ? [new Measurement<long>(value)] : [];
    }

    private async Task CountAsync()
    {
        long? depth = null;
        try
        {
            depth = (await store.ListInFlightPaymentsAsync(null, DateTimeOffset.MaxValue, Cap)).Count;
        }
        catch (Exception failure)
        {
            LogCountFailed(logger, failure);
        }

        lock (_lock)
        {
            _depth = depth ?? _depth;
            _countedAt = clock.GetUtcNow();
            _counting = false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count the payments in flight for cashless.outbox.depth")]
    private static partial void LogCountFailed(ILogger logger, Exception failure);
}

using System.Collections.Concurrent;
using System.Diagnostics;
using Cashless.Bench.Http;
using HdrHistogram;

namespace Cashless.Bench.Recording;

/// <summary>
/// The measurements of one burst or step: per operation, plus all operations together, plus how late the generator
/// sent (to tell a saturated load generator from a slow server). Warm-up requests are simply not recorded.
/// </summary>
internal sealed class LatencyRecorder
{
    public const string AllOperations = "all";

    private readonly ConcurrentDictionary<string, OperationRecorder> _operations = new(StringComparer.Ordinal);
    private readonly OperationRecorder _all = new(AllOperations);
    private readonly Lock _lagGate = new();
    private readonly LongHistogram _sendLag = new(OperationRecorder.HighestMicros, 3);
    private long _lastCompletion;

    public void Record(string operation, CallResult result, bool succeeded)
    {
        ArgumentNullException.ThrowIfNull(result);
        var answer = result.Describe();
        _operations.GetOrAdd(operation, name => new OperationRecorder(name)).Record(result, answer, succeeded);
        _all.Record(result, answer, succeeded);
        lock (_lagGate)
        {
            _sendLag.RecordValue(OperationRecorder.Micros(result.SendLag));
        }

        InterlockedMax(ref _lastCompletion, result.CompletedAt);
    }

    public IReadOnlyList<OperationStats> Operations() =>
        [.. _operations.Values.Select(o => o.Snapshot()).OrderBy(s => s.Operation, StringComparer.Ordinal)];

    public OperationStats All() => _all.Snapshot();

    /// <summary>The 99th percentile of how late requests left the generator, in milliseconds.</summary>
    public double SendLagP99Ms()
    {
        lock (_lagGate)
        {
            return _sendLag.TotalCount == 0 ? 0 : OperationRecorder.Ms(_sendLag.GetValueAtPercentile(99));
        }
    }

    /// <summary>Seconds from <paramref name="measuredFrom"/> to the last recorded answer.</summary>
    public double SecondsSince(long measuredFrom) =>
        Interlocked.Read(ref _lastCompletion) is var last and > 0 ? Stopwatch.GetElapsedTime(measuredFrom, last).TotalSeconds : 0;

    private static void InterlockedMax(ref long target, long value)
    {
        for (var seen = Interlocked.Read(ref target); value > seen; seen = Interlocked.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}

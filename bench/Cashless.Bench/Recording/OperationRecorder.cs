using Cashless.Bench.Http;
using HdrHistogram;

namespace Cashless.Bench.Recording;

/// <summary>HdrHistograms (microseconds, 3 significant digits) and answer counts of one operation; thread-safe.</summary>
internal sealed class OperationRecorder(string operation)
{
    public const long HighestMicros = 10L * 60 * 1_000_000;

    private readonly Lock _gate = new();
    private readonly LongHistogram _latency = new(HighestMicros, 3);
    private readonly LongHistogram _load = new(HighestMicros, 3);
    private readonly Dictionary<string, long> _answers = new(StringComparer.Ordinal);
    private double _connectMsSum;
    private long _connects;
    private long _succeeded;

    public void Record(CallResult result, string answer, bool succeeded)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            _latency.RecordValue(Micros(result.Latency));
            _load.RecordValue(Micros(result.LoadTime));
            _answers[answer] = _answers.GetValueOrDefault(answer) + 1;
            _connectMsSum += result.Connect.TotalMilliseconds;
            _connects += result.Connect > TimeSpan.Zero ? 1 : 0;
            _succeeded += succeeded ? 1 : 0;
        }
    }

    public OperationStats Snapshot()
    {
        lock (_gate)
        {
            var count = _load.TotalCount;
            return new OperationStats(operation, count, _succeeded, Percent(_succeeded, count),
                Mean(_latency), count == 0 ? 0 : _connectMsSum / count, Mean(_load),
                At(_load, 50), At(_load, 95), At(_load, 99), count == 0 ? 0 : Ms(_load.GetMaxValue()),
                _connects, new SortedDictionary<string, long>(_answers, StringComparer.Ordinal));
        }
    }

    public static double Percent(long part, long whole) => whole == 0 ? 0 : 100.0 * part / whole;

    public static long Micros(TimeSpan t) => Math.Clamp((long)t.TotalMicroseconds, 1, HighestMicros);

    public static double Ms(long micros) => micros / 1000.0;

    private static double Mean(LongHistogram histogram) => histogram.TotalCount == 0 ? 0 : histogram.GetMean() / 1000.0;

    private static double At(LongHistogram histogram, double percentile) =>
        histogram.TotalCount == 0 ? 0 : Ms(histogram.GetValueAtPercentile(percentile));
}

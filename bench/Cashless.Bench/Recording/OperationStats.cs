namespace Cashless.Bench.Recording;

/// <summary>
/// What one operation's measured requests came to. Mean latency is to the response headers (JMeter's latency), mean
/// load time to the last byte; percentiles and max are of load time; all from the intended send time.
/// </summary>
internal sealed record OperationStats(
    string Operation,
    long Requests,
    long Succeeded,
    double SuccessPercent,
    double MeanLatencyMs,
    double MeanConnectMs,
    double MeanLoadMs,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    long NewConnections,
    IReadOnlyDictionary<string, long> Answers)
{
    /// <summary>Every answer was a 404 or 405: the endpoint does not exist (yet) on this server.</summary>
    public bool Missing => Requests > 0 && Answers.Where(a => a.Key is not ("404 not_found" or "404" or "405"))
        .Sum(a => a.Value) == 0;
}

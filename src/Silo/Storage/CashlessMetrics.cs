using System.Diagnostics.Metrics;

namespace Cashless.Silo.Storage;

/// <summary>
/// The "Cashless" meter, exported on /metrics next to ASP.NET Core's and Orleans' own. The store writers report
/// here (they are created by the stores, outside dependency injection, hence one process-wide meter).
/// </summary>
public static class CashlessMetrics
{
    public const string MeterName = "Cashless";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Commits = Meter.CreateCounter<long>(
        "cashless.store.commits", "{write}",
        "Store writes (account commits, records, sessions, idempotency answers) by outcome: committed, refused " +
        "(a version or uniqueness conflict: another activation wrote first, or a repeat), failed (the transaction failed)");

    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram(
        "cashless.store.batch_size", "{write}", "Writes per storage transaction (group commit across grains)",
        tags: null,
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024] });

    private static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>(
        "cashless.store.batch_fallbacks", "{batch}",
        "PostgreSQL batches refused whole (a conflict or a fault in one write) and written again write by write, each in " +
        "a savepoint; a steady rate means conflicts are no longer rare");

    /// <summary>A PostgreSQL batch was refused whole and is being written again write by write.</summary>
    public static void RecordFallback() => Fallbacks.Add(1);

    /// <summary>One storage transaction committed, holding <paramref name="writes"/> of which <paramref name="committed"/> were kept.</summary>
    public static void RecordBatch(int writes, int committed)
    {
        BatchSize.Record(writes);
        Commits.Add(committed, new KeyValuePair<string, object?>("outcome", "committed"));
        if (writes > committed)
        {
            Commits.Add(writes - committed, new KeyValuePair<string, object?>("outcome", "refused"));
        }
    }

    /// <summary>A storage transaction failed as a whole: none of its writes is known to be durable.</summary>
    public static void RecordFailedBatch(int writes) =>
        Commits.Add(writes, new KeyValuePair<string, object?>("outcome", "failed"));
}

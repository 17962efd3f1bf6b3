using System.Globalization;
using Cashless.Bench.Target;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// One look at the server during a soak: resident memory (/proc), managed heap and grain activations (/metrics), store
/// size (<see cref="StoreSize"/>). Null where not visible.
/// </summary>
internal sealed record SoakSample(double AtSeconds, long? RssBytes, long? GcHeapBytes, long? Activations, long? StoreBytes)
{
    public static async Task<SoakSample> TakeAsync(BenchContext context, double atSeconds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metrics = await ServerMetrics.ScrapeAsync(context.Http, context.Cancel);
        var rss = context.Target.ServerPid is { } pid ? ProcStat.Read(pid)?.RssBytes : null;
        var store = await StoreSize.MeasureAsync(context.Target, context.Cancel);
        return new SoakSample(atSeconds, rss, metrics.GcHeapBytes, metrics.Activations, store);
    }

    /// <summary>Its row: minute, RSS MiB, GC heap MiB, activations, store MiB.</summary>
    public string[] Cells() =>
    [
        (AtSeconds / 60).ToString("F1", CultureInfo.InvariantCulture), MiB(RssBytes), MiB(GcHeapBytes),
        Activations?.ToString(CultureInfo.InvariantCulture) ?? "n/a", MiB(StoreBytes),
    ];

    public string Describe()
    {
        var cells = Cells();
        return $"at {cells[0]} min: RSS {cells[1]} MiB, GC heap {cells[2]} MiB, {cells[3]} activations, store {cells[4]} MiB";
    }

    private static string MiB(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) : "n/a";
}

using System.Globalization;
using Cashless.Bench.Http;

namespace Cashless.Bench.Target;

/// <summary>
/// Figures read from the server's Prometheus endpoint (<c>/metrics</c>): the managed heap after the last collection
/// (the runtime's System.Runtime meter) and the grain activations (Orleans' catalog). A figure the endpoint does not
/// show is null.
/// </summary>
internal sealed record ServerMetrics(long? GcHeapBytes, long? Activations)
{
    private const string GcHeap = "dotnet_gc_last_collection_heap_size_bytes";
    private const string ActivationCount = "orleans_catalog_activations";

    public static async Task<ServerMetrics> ScrapeAsync(BenchHttp http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var answer = await http.SendAsync(new ApiCall(HttpMethod.Get, "metrics"), ct);
        return answer.Status == 200 ? Parse(System.Text.Encoding.UTF8.GetString(answer.Body)) : new ServerMetrics(null, null);
    }

    /// <summary>Sums every sample of each metric (one per heap generation, one per grain type).</summary>
    public static ServerMetrics Parse(string exposition)
    {
        ArgumentNullException.ThrowIfNull(exposition);
        var (heap, activations) = ((long?)null, (long?)null);
        foreach (var line in exposition.Split('\n'))
        {
            if (Sample(line, GcHeap) is { } bytes)
            {
                heap = (heap ?? 0) + bytes;
            }
            else if (Sample(line, ActivationCount) is { } count)
            {
                activations = (activations ?? 0) + count;
            }
        }

        return new ServerMetrics(heap, activations);
    }

    /// <summary>The value of a sample line of <paramref name="metric"/> (with or without labels), else null.</summary>
    private static long? Sample(string line, string metric)
    {
        if (!line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length || line[metric.Length] is not ('{' or ' '))
        {
            return null;
        }

        var value = line[(line.LastIndexOf('}') is var close and >= 0 ? close + 1 : metric.Length)..].Trim().Split(' ')[0];
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? (long)number : null;
    }
}

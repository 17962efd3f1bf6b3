using Cashless.Bench.Baseline;
using Cashless.Bench.Target;

namespace Cashless.Bench.Tests;

/// <summary>What the tool reads from outside: pgbench's summary, /proc/&lt;pid&gt;/stat, the Prometheus exposition.</summary>
public sealed class ProbeParsingTests
{
    [Fact]
    public void ParseTps_PgbenchSummary_ReadsTheTpsLineAndTheRatioUsesIt()
    {
        const string summary = """
            transaction type: <builtin: TPC-B (sort of)>
            scaling factor: 10
            number of clients: 16
            latency average = 3.124 ms
            initial connection time = 12.345 ms
            tps = 5121.376554 (without initial connection time)
            """;

        var tps = PgBench.ParseTps(summary);

        Assert.Equal(5121.376554, tps, precision: 6);
        var comparison = new TpcbComparison(new TpcbBaseline("pgbench -M prepared", tps), OursPerSecond: 3841);
        Assert.Equal(0.75, comparison.Ratio!.Value, precision: 2);
        Assert.Contains("ratio 0.75×", comparison.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ProcStatWithSpacesInTheName_ReadsCpuTicksResidentPagesAndParent()
    {
        const string stat = "4242 (dotnet (web) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 30 0 12345 999999 2560 18446744073709551615";

        var figures = ProcStat.Parse(stat);

        Assert.Equal(TimeSpan.FromSeconds(3), figures.CpuTime);
        Assert.Equal(2560L * Environment.SystemPageSize, figures.RssBytes);
        Assert.Equal(1, figures.ParentPid);
    }

    [Fact]
    public void Parse_PrometheusExposition_SumsHeapGenerationsAndActivations()
    {
        const string exposition = """
            # TYPE dotnet_gc_last_collection_heap_size_bytes gauge
            dotnet_gc_last_collection_heap_size_bytes{gc_heap_generation="gen0"} 1000 1733130000000
            dotnet_gc_last_collection_heap_size_bytes{gc_heap_generation="gen2"} 2500
            orleans_catalog_activations{type="AccountGrain"} 40
            orleans_catalog_activations{type="SessionGrain"} 2
            orleans_catalog_activations_working_set 7
            """;

        var metrics = ServerMetrics.Parse(exposition);

        Assert.Equal(new ServerMetrics(3500, 42), metrics);
    }
}

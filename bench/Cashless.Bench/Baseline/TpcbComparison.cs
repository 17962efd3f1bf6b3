using System.Globalization;

namespace Cashless.Bench.Baseline;

/// <summary>
/// pgbench's TPC-B beside our ramp on the same PostgreSQL: the payments per second of the ramp's highest step that
/// held, and their ratio to pgbench's tps (issue 9's target is at least 0.75).
/// </summary>
internal sealed record TpcbComparison(TpcbBaseline Baseline, double? OursPerSecond)
{
    public double? Ratio => OursPerSecond / Baseline.Tps;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"TPC-B ({Baseline.Command}): {Baseline.Tps:F0} tps; ours: {(OursPerSecond is { } ours ? $"{ours:F0} payments/s held" : "no step held")}; "
        + $"ratio {(Ratio is { } ratio ? $"{ratio:F2}×" : "n/a")}");
}

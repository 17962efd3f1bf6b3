using Cashless.Bench.Baseline;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// PostgreSQL's own TPC-B (pgbench) on the --postgres server, then the ramp on our system over that same server, and
/// pgbench's tps beside the payments per second of our highest step that held.
/// </summary>
internal sealed class TpcbScenario : IScenario
{
    public async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var baseline = await PgBench.RunAsync(context.Options, context.Log, context.Cancel);
        await context.Log.WriteLineAsync($"  pgbench: {baseline.Tps:F0} tps");
        var ramp = await new RampScenario().RunAsync(context);
        var comparison = new TpcbComparison(baseline, ramp.Steps?.Steps.LastOrDefault(s => s.Held)?.PaymentsPerSecond);
        await context.Log.WriteLineAsync(comparison.Describe());
        return ramp with { Tpcb = comparison };
    }
}

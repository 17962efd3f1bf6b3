using Cashless.Bench.Baseline;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// What a scenario measured: the paper's table, or load steps (ramp, lunch rush, soak), with pgbench's TPC-B beside
/// them (tpcb) or the soak's samples, or nothing (audit alone).
/// </summary>
internal sealed record ScenarioResult(
    PaperResult? Paper = null, StepsResult? Steps = null, TpcbComparison? Tpcb = null, IReadOnlyList<SoakSample>? Soak = null);

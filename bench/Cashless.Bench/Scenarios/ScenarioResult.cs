namespace Cashless.Bench.Scenarios;

/// <summary>What a scenario measured: the paper's table, or load steps (ramp, lunch rush), or nothing (audit alone).</summary>
internal sealed record ScenarioResult(PaperResult? Paper = null, StepsResult? Steps = null);

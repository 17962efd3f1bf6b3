namespace Cashless.Bench.Scenarios;

/// <summary>`audit` alone: no load; the audit's refusal probes create the only wallets it tracks.</summary>
internal sealed class AuditOnlyScenario : IScenario
{
    public Task<ScenarioResult> RunAsync(BenchContext context) => Task.FromResult(new ScenarioResult());
}

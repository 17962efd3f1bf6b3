namespace Cashless.Bench.Scenarios;

internal interface IScenario
{
    /// <summary>Sets up its wallets, runs its load, and returns what it measured (the audit runs after it).</summary>
    Task<ScenarioResult> RunAsync(BenchContext context);
}

namespace Cashless.Bench.Scenarios;

/// <summary>The steps of a ramp (or the single step of a lunch rush) and the highest offered rate that held.</summary>
internal sealed record StepsResult(
    string Scenario,
    string Mix,
    int Wallets,
    double P99BoundMs,
    IReadOnlyList<StepResult> Steps,
    double? HighestHeldRate,
    string Verdict);

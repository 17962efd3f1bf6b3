namespace Cashless.Grains.Interfaces.Accounts;

/// <summary><see cref="Reference"/> is the reference of the entry made, which for a repeat is the first one's.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.PostingResult")]
public sealed record PostingResult(
    [property: Id(0)] LedgerOutcome Outcome,
    [property: Id(1)] Money BalanceAfter,
    [property: Id(2)] string? Reference,
    [property: Id(3)] bool Repeated);

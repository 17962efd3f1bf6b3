namespace Cashless.Grains.Interfaces.Accounts;

/// <summary><see cref="WithdrawalId"/> is the first withdrawal's id when the order was a repeat.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.WithdrawalHold")]
public sealed record WithdrawalHold(
    [property: Id(0)] LedgerOutcome Outcome,
    [property: Id(1)] string? WithdrawalId,
    [property: Id(2)] Money BalanceAfter);

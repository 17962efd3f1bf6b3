namespace Cashless.Grains.Interfaces.Accounts;

[GenerateSerializer, Immutable, Alias("Cashless.CreditAnswer")]
public sealed record CreditAnswer(
    [property: Id(0)] LedgerOutcome Outcome,
    [property: Id(1)] Money BalanceAfter);

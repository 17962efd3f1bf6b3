namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// The payee's answer to a delivery. <see cref="Deferred"/>: nothing was decided, because the payer's debit is not durable
/// and the payee commits through another store writer; deliver again once the debit is durable.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.CreditAnswer")]
public sealed record CreditAnswer(
    [property: Id(0)] LedgerOutcome Outcome,
    [property: Id(1)] Money BalanceAfter,
    [property: Id(2)] bool Deferred = false);

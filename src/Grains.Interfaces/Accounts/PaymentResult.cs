namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>The payer's answer. <see cref="Payment"/> is set whenever money moved (even if later reversed).</summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentResult")]
public sealed record PaymentResult(
    [property: Id(0)] LedgerOutcome Outcome,
    [property: Id(1)] PaymentView? Payment,
    [property: Id(2)] Money BalanceAfter);

namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// The payer's answer. <see cref="Payment"/> is set whenever money moved (even if later reversed). <see cref="Replayed"/>:
/// the order's operation id had made this payment before, and this is its answer again (nothing moved now).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentResult")]
public sealed record PaymentResult(
    [property: Id(0)] LedgerOutcome Outcome,
    [property: Id(1)] PaymentView? Payment,
    [property: Id(2)] Money BalanceAfter,
    [property: Id(3)] bool Replayed = false);

namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// The payer's answer. <see cref="Payment"/> is set whenever money moved (even if later reversed). <see cref="Replayed"/>:
/// the order's operation id had made this payment before, and this is its answer again (nothing moved now).
/// <see cref="RemainingToday"/>: on a refusal by the payer, what its daily limit still allows today (null without one).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentResult")]
public sealed record PaymentResult(
    [property: Id(0)] LedgerOutcome Outcome,
    [property: Id(1)] PaymentView? Payment,
    [property: Id(2)] Money BalanceAfter,
    [property: Id(3)] bool Replayed = false,
    [property: Id(4)] Money? RemainingToday = null);

namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// How closing ended. <see cref="PaidOut"/> is the balance paid out by this call (zero when there was none), through
/// the withdrawal <see cref="WithdrawalId"/> or the payment <see cref="Payment"/> (which may have been reversed, the
/// money then back in the closed wallet, when the receiving wallet refused it at the last moment).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.ClosingResult")]
public sealed record ClosingResult(
    [property: Id(0)] LedgerOutcome Outcome,
    [property: Id(1)] Money PaidOut,
    [property: Id(2)] string? WithdrawalId = null,
    [property: Id(3)] PaymentView? Payment = null);

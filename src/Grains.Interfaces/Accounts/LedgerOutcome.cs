namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// How a money decision ended. A payer's own refusals (its status, a payment to itself, its funds) are checked before
/// anything is asked of the payee, so a refusal never says something about the payee that the payer's own state could
/// have answered; the payee's refusals are reported as <see cref="CounterpartyNotFound"/> or
/// <see cref="PayeeCannotReceive"/>, never why. The numbers never change (they are stored and sent between silos).
/// </summary>
[GenerateSerializer, Alias("Cashless.LedgerOutcome")]
public enum LedgerOutcome
{
    Ok = 0,
    AccountNotFound = 1,
    AccountFrozen = 2,
    NotAWallet = 3,
    SelfPayment = 4,
    CounterpartyNotFound = 5,

    /// <summary>The payee could not take the money (frozen, or it would pass its balance limit); which one is not said.</summary>
    PayeeCannotReceive = 6,
    InsufficientFunds = 7,
    BalanceLimitExceeded = 8,

    /// <summary>
    /// The operation id (the client's idempotency key) already names another operation: another kind, amount, payee
    /// or description.
    /// </summary>
    OperationReused = 9,

    /// <summary>
    /// The store's writer is full (Storage:MaxQueuedWrites): nothing was decided, the caller may retry shortly.
    /// Checked before anything else, so it is never reported after another refusal would have been.
    /// </summary>
    Overloaded = 10,

    /// <summary>A role change that would take a wallet away while it still holds or owes money.</summary>
    AccountNotEmpty = 11,

    /// <summary>
    /// An amount outside the limits (Limits:MaxTransactionAmount, and Limits:MinTopUp or Limits:MinWithdrawal): the
    /// request readers refuse it first; the grains refuse it too, so no caller moves such an amount.
    /// </summary>
    AmountOutOfRange = 12,

    /// <summary>The account is closed: it can neither pay, receive, be topped up nor withdraw.</summary>
    AccountClosed = 13,

    /// <summary>Closing refused: a top-up of the account is still pending, awaiting review or flagged.</summary>
    PendingTopUps = 14,

    /// <summary>Closing refused: a withdrawal of the account is still pending.</summary>
    PendingWithdrawals = 15,

    /// <summary>Closing refused for now: a payment or withdrawal of the account is still being made.</summary>
    PaymentsInFlight = 16,

    /// <summary>The payment would take the day's spending past the wallet's daily limit (<see cref="WalletRules"/>).</summary>
    DailyLimitExceeded = 17,

    /// <summary>The payment is larger than the wallet's per-payment limit (<see cref="WalletRules"/>).</summary>
    PaymentLimitExceeded = 18,
}

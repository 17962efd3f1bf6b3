namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// How a money decision ended. Refusals are listed in the order they are checked, so when several apply
/// the first one named here is the one reported.
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
    CounterpartyFrozen = 6,
    InsufficientFunds = 7,
    BalanceLimitExceeded = 8,

    /// <summary>The operation id (the client's idempotency key) already names another kind of operation.</summary>
    OperationReused = 9,

    /// <summary>A role change that would take a wallet away while it still holds or owes money.</summary>
    AccountNotEmpty = 10,
}

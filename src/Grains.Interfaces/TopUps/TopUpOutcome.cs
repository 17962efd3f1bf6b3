namespace Cashless.Grains.Interfaces.TopUps;

/// <summary>How a top-up command ended, in order of precedence.</summary>
[GenerateSerializer, Alias("Cashless.TopUpOutcome")]
public enum TopUpOutcome
{
    Ok = 0,
    NotFound = 1,

    /// <summary>A review (approve, reject) of a top-up that is no longer awaiting one.</summary>
    AlreadyReviewed = 2,
    AccountNotFound = 3,
    AccountFrozen = 4,
    NotAWallet = 5,
    BalanceLimitExceeded = 6,

    /// <summary>The admin who recorded a cash-desk top-up tried to approve it: a second admin must.</summary>
    SameAdmin = 7,

    /// <summary>
    /// An approval without confirmation of a bank transfer that may be one already claimed: it is marked
    /// <see cref="TopUpRecord.PossibleDuplicateOf"/>, or another claim of the same reference was approved.
    /// </summary>
    DuplicateTransfer = 8,

    /// <summary>A cash-desk top-up whose operation id (Idempotency-Key) an earlier, different credit of the wallet used.</summary>
    OperationReused = 9,

    /// <summary>An amount below Limits:MinTopUp or above Limits:MaxTransactionAmount.</summary>
    AmountOutOfRange = 10,

    /// <summary>The account was closed: it takes no top-up.</summary>
    AccountClosed = 11,
}

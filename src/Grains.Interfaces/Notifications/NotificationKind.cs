namespace Cashless.Grains.Interfaces.Notifications;

[GenerateSerializer, Alias("Cashless.NotificationKind")]
public enum NotificationKind
{
    TopUpSettled = 0,
    TopUpFailed = 1,
    TopUpApproved = 2,
    TopUpRejected = 3,
    TopUpReversed = 4,
    PaymentReceived = 5,
    PaymentSent = 6,
    PaymentReversed = 7,
    WithdrawalCompleted = 8,
    WithdrawalRejected = 9,
    AccountFrozen = 10,
    AccountUnfrozen = 11,
    PaymentRequestPaid = 12,
    RefundReceived = 13,
    AccountClosed = 14,

    /// <summary>A debit took a wallet from at or above its low-balance threshold to below it (to the owner and its guardians).</summary>
    BalanceLow = 15,

    /// <summary>To a student's guardians: the student made a payment above the guardians' chosen amount.</summary>
    LargePayment = 16,

    /// <summary>To a student's guardians: a payment was refused by the student's limits (at most once a local day).</summary>
    LimitReached = 17,

    /// <summary>Read from a student's allowance credit (a guardian's payment from the guardian's own wallet).</summary>
    AllowanceReceived = 18,

    /// <summary>Read from a guardian's allowance debit once the allowance is completed.</summary>
    AllowanceSent = 19,
}

using System.Text.Json.Serialization;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// The kind of a notification as the contract spells it: snake_case, with <c>topup</c> written as in the journal's
/// entry kinds (<c>topup</c>, <c>topup_reversal</c>).
/// </summary>
public enum NotificationType
{
    [JsonStringEnumMemberName("topup_settled")]
    TopUpSettled,

    [JsonStringEnumMemberName("topup_failed")]
    TopUpFailed,

    [JsonStringEnumMemberName("topup_approved")]
    TopUpApproved,

    [JsonStringEnumMemberName("topup_rejected")]
    TopUpRejected,

    [JsonStringEnumMemberName("topup_reversed")]
    TopUpReversed,

    [JsonStringEnumMemberName("payment_received")]
    PaymentReceived,

    [JsonStringEnumMemberName("payment_sent")]
    PaymentSent,

    [JsonStringEnumMemberName("payment_reversed")]
    PaymentReversed,

    [JsonStringEnumMemberName("withdrawal_completed")]
    WithdrawalCompleted,

    [JsonStringEnumMemberName("withdrawal_rejected")]
    WithdrawalRejected,

    [JsonStringEnumMemberName("account_frozen")]
    AccountFrozen,

    [JsonStringEnumMemberName("account_unfrozen")]
    AccountUnfrozen,

    /// <summary>To the seller and its cashiers: a payment request was paid (the reference is the request).</summary>
    [JsonStringEnumMemberName("payment_request_paid")]
    PaymentRequestPaid,

    /// <summary>To the payer: a seller gave money back (the reference is the refund's payment).</summary>
    [JsonStringEnumMemberName("refund_received")]
    RefundReceived,

    /// <summary>To the owner: an admin closed the account (with the payout's amount and id, when there was a balance).</summary>
    [JsonStringEnumMemberName("account_closed")]
    AccountClosed,
    /// <summary>To a student and its guardians: a debit took the balance below the low-balance threshold (the amount is the balance left).</summary>
    [JsonStringEnumMemberName("balance_low")]
    BalanceLow,

    /// <summary>To a student: a guardian's allowance arrived (the reference is the payment).</summary>
    [JsonStringEnumMemberName("allowance_received")]
    AllowanceReceived,

    /// <summary>To the guardian: an allowance reached the student's wallet (the reference is the payment).</summary>
    [JsonStringEnumMemberName("allowance_sent")]
    AllowanceSent,

    /// <summary>To a student's guardians: a payment above the student's alertPaymentsOver (the reference is the student).</summary>
    [JsonStringEnumMemberName("large_payment")]
    LargePayment,

    /// <summary>To a student's guardians: a payment was refused by the student's limits, at most once a day (the reference is the student).</summary>
    [JsonStringEnumMemberName("limit_reached")]
    LimitReached,
}

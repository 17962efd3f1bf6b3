using System.Text.Json.Serialization;

namespace Cashless.WebApi.Contracts;

/// <summary>The journal entry kinds as the contract spells them (<c>topup</c>, not <c>top_up</c>).</summary>
public enum TransactionKind
{
    [JsonStringEnumMemberName("topup")]
    TopUp,

    [JsonStringEnumMemberName("payment_out")]
    PaymentOut,

    [JsonStringEnumMemberName("payment_in")]
    PaymentIn,

    [JsonStringEnumMemberName("payment_reversal")]
    PaymentReversal,

    [JsonStringEnumMemberName("withdrawal")]
    Withdrawal,

    [JsonStringEnumMemberName("withdrawal_reversal")]
    WithdrawalReversal,

    [JsonStringEnumMemberName("topup_reversal")]
    TopUpReversal,

    /// <summary>Money a seller gave back: negative in the seller's journal, positive in the payer's.</summary>
    [JsonStringEnumMemberName("refund")]
    Refund,

    /// <summary>A guardian's allowance to a linked student, from the guardian's own wallet (negative there).</summary>
    [JsonStringEnumMemberName("allowance_out")]
    AllowanceOut,

    /// <summary>An allowance received from a guardian (positive in the student's journal).</summary>
    [JsonStringEnumMemberName("allowance_in")]
    AllowanceIn,
}

using System.Text.Json.Serialization;
using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// The signed total of each kind of journal entry over a report's range, named as the journal names them; every kind
/// is present (0 when none). Opening balance + the sum of all of them = closing balance.
/// </summary>
public sealed record CashFlowByKind(
    [property: JsonPropertyName("topup")] long TopUp,
    [property: JsonPropertyName("payment_out")] long PaymentOut,
    [property: JsonPropertyName("payment_in")] long PaymentIn,
    [property: JsonPropertyName("payment_reversal")] long PaymentReversal,
    [property: JsonPropertyName("withdrawal")] long Withdrawal,
    [property: JsonPropertyName("withdrawal_reversal")] long WithdrawalReversal,
    [property: JsonPropertyName("topup_reversal")] long TopUpReversal,
    [property: JsonPropertyName("refund")] long Refund,
    [property: JsonPropertyName("allowance")] long Allowance)
{
    public static CashFlowByKind Of(IReadOnlyDictionary<EntryKind, long> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        long Total(EntryKind kind) => totals.GetValueOrDefault(kind);
        return new CashFlowByKind(Total(EntryKind.TopUp), Total(EntryKind.PaymentOut), Total(EntryKind.PaymentIn),
            Total(EntryKind.PaymentReversal), Total(EntryKind.Withdrawal), Total(EntryKind.WithdrawalReversal), Total(EntryKind.TopUpReversal),
            Total(EntryKind.RefundOut) + Total(EntryKind.RefundIn), Total(EntryKind.AllowanceOut) + Total(EntryKind.AllowanceIn));
    }
}

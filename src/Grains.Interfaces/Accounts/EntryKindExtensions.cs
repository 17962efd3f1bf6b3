namespace Cashless.Grains.Interfaces.Accounts;

public static class EntryKindExtensions
{
    /// <summary>True when an entry of this kind adds money to the account.</summary>
    public static bool IsCredit(this EntryKind kind) => kind switch
    {
        EntryKind.TopUp or EntryKind.PaymentIn or EntryKind.PaymentReversal or EntryKind.WithdrawalReversal or EntryKind.RefundIn
            or EntryKind.AllowanceIn => true,
        EntryKind.PaymentOut or EntryKind.Withdrawal or EntryKind.TopUpReversal or EntryKind.RefundOut or EntryKind.AllowanceOut
            or EntryKind.Marker => false,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entry kind"),
    };

    /// <summary>The signed amount an entry of this kind applies to the balance.</summary>
    public static Money SignedAmount(this EntryKind kind, Money amount) => kind.IsCredit() ? amount : -amount;

    /// <summary>
    /// Kinds a store does not index by operation id: a payment's credit and its reversal are kept to once by the
    /// payment record's own state move in the same commit (decision 0010), so no look-up by operation id finds them.
    /// </summary>
    public static bool IsKeptOnceByItsPayment(this EntryKind kind) =>
        kind is EntryKind.PaymentIn or EntryKind.PaymentReversal or EntryKind.AllowanceIn;
}

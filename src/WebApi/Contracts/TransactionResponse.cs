using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.WebApi.Contracts;

/// <summary>One journal entry of the caller's wallet; <see cref="Amount"/> is signed (negative for money out).</summary>
public sealed record TransactionResponse(
    string Id,
    TransactionKind Kind,
    long Amount,
    long BalanceAfter,
    string? Counterparty,
    string Reference,
    string Description,
    DateTime CreatedAt)
{
    public static TransactionResponse Of(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new TransactionResponse(
            EntryId(entry.AccountId, entry.Sequence), KindOf(entry.Kind), entry.Amount.Rupiah, entry.BalanceAfter.Rupiah,
            entry.Counterparty, entry.Reference, entry.Description, ApiTime.Of(entry.CreatedAt));
    }

    /// <summary>An entry is identified by its account and sequence; the id hides that behind the <c>ent_</c> prefix.</summary>
    public static string EntryId(string accountId, long sequence)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        var separator = accountId.IndexOf('_', StringComparison.Ordinal);
        return $"ent_{accountId[(separator + 1)..]}_{sequence}";
    }

    private static TransactionKind KindOf(EntryKind kind) => kind switch
    {
        EntryKind.TopUp => TransactionKind.TopUp,
        EntryKind.PaymentOut => TransactionKind.PaymentOut,
        EntryKind.PaymentIn => TransactionKind.PaymentIn,
        EntryKind.PaymentReversal => TransactionKind.PaymentReversal,
        EntryKind.Withdrawal => TransactionKind.Withdrawal,
        EntryKind.WithdrawalReversal => TransactionKind.WithdrawalReversal,
        EntryKind.TopUpReversal => TransactionKind.TopUpReversal,
        EntryKind.RefundOut or EntryKind.RefundIn => TransactionKind.Refund,
        EntryKind.AllowanceOut => TransactionKind.AllowanceOut,
        EntryKind.AllowanceIn => TransactionKind.AllowanceIn,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entry kind"),
    };
}

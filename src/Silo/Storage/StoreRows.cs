using System.Data.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;

namespace Cashless.Silo.Storage;

/// <summary>
/// The relational adapters store the same tables with the same column names (integer rupiah, Unix milliseconds,
/// enums as numbers), so a row reads back the same way from any of them: select the columns named here, in this order.
/// </summary>
internal static class StoreRows
{
    public const string EntryColumns = "account_id, seq, operation_id, kind, amount, balance_after, counterparty, reference, description, created_at";

    /// <summary>
    /// The entries indexed by operation id (the partial unique index <c>entries_by_operation</c>): every kind but those
    /// <see cref="EntryKindExtensions.IsKeptOnceByItsPayment"/> (2, 3 and 10). A look-up by operation id repeats it so
    /// that both SQL planners use that index.
    /// </summary>
    public const string KeyedEntries = "kind NOT IN (2, 3, 10)";

    /// <summary>
    /// The entries a journal lists: all but the markers (<see cref="EntryKind.Marker"/>, 11), which only hold their
    /// account's sequence for a commit that moved no money (decision 0010).
    /// </summary>
    public const string JournalEntries = "kind <> 11";

    public const string PaymentColumns = "id, payer_id, payee_id, amount, description, state, created_at";

    public const string TopUpColumns =
        "id, account_id, channel, status, amount, created_at, updated_at, note, created_by, va_bank, va_number, biller_code, " +
        "bill_key, expires_at, gateway_transaction_id, sender_bank, sender_account_name, transfer_reference, reviewed_by, reason, recovered, " +
        "possible_duplicate_of";

    public const string WithdrawalColumns =
        "id, account_id, status, amount, bank_code, account_number, account_name, created_at, updated_at, reviewed_by, reason";

    public const string NotificationColumns = "id, user_id, kind, message, amount, reference, created_at, read_at";

    /// <summary>Users joined with their account (alias <c>u</c> and <c>a</c>): the status lives on the account.</summary>
    public const string UserColumns = "u.id, u.name, u.email, u.password_hash, u.role, a.status, u.created_at";

    /// <summary>The account's time is the later of its row's (created, status changed) and its newest entry's.</summary>
    public static AccountSnapshot AccountSnapshot(DbDataReader row)
    {
        var rowChanged = row.GetInt64(6);
        var updated = row.IsDBNull(7) ? rowChanged : Math.Max(rowChanged, row.GetInt64(7));
        return new AccountSnapshot(
            row.GetString(0), (AccountRole)row.GetInt32(1), (AccountStatus)row.GetInt32(2), new Money(row.GetInt64(3)),
            row.GetInt64(4), new Money(row.GetInt64(5)), FromUnixMs(updated));
    }

    /// <summary>
    /// The operation id a row stores for <paramref name="entry"/>: empty when it is the entry's reference and no look-up
    /// needs it (a payment's credit, whose operation id is its payment's id; decision 0010), so that id is stored once.
    /// <see cref="Entry"/> reads an empty one back as the reference. No operation id is empty otherwise: each has a prefix.
    /// </summary>
    public static string StoredOperationId(JournalEntry entry) =>
        entry.Kind.IsKeptOnceByItsPayment() && entry.OperationId == entry.Reference ? "" : entry.OperationId;

    public static JournalEntry Entry(DbDataReader row)
    {
        var (operationId, reference) = (row.GetString(2), row.GetString(7));
        return new JournalEntry(
            row.GetString(0), row.GetInt64(1), operationId.Length == 0 ? reference : operationId, (EntryKind)row.GetInt32(3),
            new Money(row.GetInt64(4)), new Money(row.GetInt64(5)), NullableString(row, 6), reference, row.GetString(8),
            FromUnixMs(row.GetInt64(9)));
    }

    public static PaymentView Payment(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), row.GetString(2), new Money(row.GetInt64(3)), NullableString(row, 4),
        (PaymentState)row.GetInt32(5), FromUnixMs(row.GetInt64(6)));

    public static UserRecord User(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3),
        (AccountRole)row.GetInt32(4), (AccountStatus)row.GetInt32(5), FromUnixMs(row.GetInt64(6)));

    public static TopUpRecord TopUp(DbDataReader row)
    {
        var channel = (TopUpChannel)row.GetInt32(2);
        return new TopUpRecord(
            row.GetString(0), row.GetString(1), channel, (TopUpStatus)row.GetInt32(3), new Money(row.GetInt64(4)),
            FromUnixMs(row.GetInt64(5)), FromUnixMs(row.GetInt64(6)), NullableString(row, 7), NullableString(row, 8))
        {
            VirtualAccount = channel == TopUpChannel.VirtualAccount
                ? new VirtualAccountDetails(
                    NullableString(row, 9) ?? "", NullableString(row, 10), NullableString(row, 11), NullableString(row, 12),
                    row.IsDBNull(13) ? null : FromUnixMs(row.GetInt64(13)), NullableString(row, 14))
                : null,
            BankTransfer = channel == TopUpChannel.BankTransfer
                ? new BankTransferDetails(NullableString(row, 15) ?? "", NullableString(row, 16) ?? "", NullableString(row, 17) ?? "")
                : null,
            ReviewedBy = NullableString(row, 18),
            Reason = NullableString(row, 19),
            Recovered = new Money(row.GetInt64(20)),
            PossibleDuplicateOf = NullableString(row, 21),
        };
    }

    /// <summary>The <c>transfer_key</c> column: a bank transfer's reference as claims are compared, else null.</summary>
    public static string? TransferKey(TopUpRecord topUp) =>
        topUp.BankTransfer is { } transfer ? TransferReference.Key(transfer.TransferReference) : null;

    public static WithdrawalRecord Withdrawal(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), (WithdrawalStatus)row.GetInt32(2), new Money(row.GetInt64(3)), row.GetString(4),
        row.GetString(5), row.GetString(6), FromUnixMs(row.GetInt64(7)), FromUnixMs(row.GetInt64(8)))
    {
        ReviewedBy = NullableString(row, 9),
        Reason = NullableString(row, 10),
    };

    public static NotificationRecord Notification(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), (NotificationKind)row.GetInt32(2), row.GetString(3),
        row.IsDBNull(4) ? null : new Money(row.GetInt64(4)), NullableString(row, 5), FromUnixMs(row.GetInt64(6)))
    {
        ReadAt = row.IsDBNull(7) ? null : FromUnixMs(row.GetInt64(7)),
    };

    /// <summary>A row of <see cref="StoreQueries.DerivedNotificationPage"/>: a payment entry read as its notification.</summary>
    public static NotificationRecord DerivedNotification(DbDataReader row)
    {
        var at = FromUnixMs(row.GetInt64(0));
        var kind = Notices.DerivedKind((EntryKind)row.GetInt32(2));
        var amount = new Money(Math.Abs(row.GetInt64(3)));
        return new NotificationRecord(
            DerivedNotificationId.Of(at, row.GetInt64(1)), row.GetString(6), kind, Notices.DerivedMessage(kind, amount), amount, row.GetString(4), at)
        {
            ReadAt = row.IsDBNull(5) ? null : FromUnixMs(row.GetInt64(5)),
        };
    }

    /// <summary>A stored page and a derived page, each one row longer than the page, merged in id order and cut.</summary>
    public static Page<NotificationRecord> MergeNotifications(List<NotificationRecord> stored, List<NotificationRecord> derived, int limit) =>
        Paging.Cut([.. stored.Concat(derived).OrderByDescending(n => n.Id, StringComparer.Ordinal).Take(limit + 1)], limit, n => n.Id);

    /// <summary>A row of <see cref="StoreQueries.CommunityFlows"/>.</summary>
    public static CommunityFlow CommunityFlow(DbDataReader row) => new(
        FromUnixMs(row.GetInt64(0)), (EntryKind)row.GetInt32(1), row.IsDBNull(2) ? null : (TopUpChannel)row.GetInt32(2), row.GetInt64(3));

    /// <summary>The row of <see cref="StoreQueries.ConservationTotals"/>, or its first four columns where a query starts with them.</summary>
    public static ConservationTotals ConservationTotals(DbDataReader row) =>
        new(row.GetInt64(0), row.GetInt64(1), row.GetInt64(2), row.GetInt64(3));

    /// <summary>The row of <see cref="StoreQueries.CommunityTotals"/>: the conservation sums first, then the overview's own.</summary>
    public static CommunityTotals CommunityTotals(DbDataReader row) => new(
        Count(row, 4), Count(row, 5), Count(row, 6), Count(row, 7),
        row.GetInt64(8), row.GetInt64(9), row.GetInt64(10), row.GetInt64(11), row.GetInt64(12), row.GetInt64(13), row.GetInt64(14),
        Count(row, 15), Count(row, 16), ConservationTotals(row));

    public static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static string? NullableString(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    /// <summary>Counts come back as bigint from PostgreSQL and integer from SQLite; both read as a long.</summary>
    private static int Count(DbDataReader row, int ordinal) => checked((int)row.GetInt64(ordinal));
}

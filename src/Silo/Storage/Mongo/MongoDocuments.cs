using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using MongoDB.Bson;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>
/// Records as documents and back. The fields are the relational adapters' columns under the same names (the id is
/// <c>_id</c>): integer rupiah as Int64, times as Int64 Unix milliseconds, enums as Int32, a missing value as null.
/// A document reads back the same record as a row of <see cref="StoreRows"/> does.
/// </summary>
internal static class MongoDocuments
{
    public static BsonDocument User(UserRecord user) => new()
    {
        { "_id", user.Id },
        { "name", user.Name },
        { "email", user.Email.ToLowerInvariant() },
        { "password_hash", user.PasswordHash },
        { "role", (int)user.Role },
        { "created_at", UnixMs(user.CreatedAt) },
    };

    /// <summary>The empty account opened with a user: first sequence number 1.</summary>
    public static BsonDocument NewAccount(UserRecord user) => new()
    {
        { "_id", user.Id },
        { "role", (int)user.Role },
        { "status", (int)user.Status },
        { "balance", 0L },
        { "next_seq", 1L },
        { "updated_at", UnixMs(user.CreatedAt) },
    };

    /// <summary>A user document joined with its account under <c>account</c>: the status lives on the account.</summary>
    public static UserRecord ToUser(BsonDocument doc) => new(
        doc["_id"].AsString, doc["name"].AsString, doc["email"].AsString, doc["password_hash"].AsString,
        (AccountRole)doc["role"].AsInt32, (AccountStatus)doc["account"]["status"].AsInt32, Time(doc, "created_at"));

    public static AccountSnapshot ToAccount(BsonDocument doc, Money entriesTotal) => new(
        doc["_id"].AsString, (AccountRole)doc["role"].AsInt32, (AccountStatus)doc["status"].AsInt32, Rupiah(doc, "balance"),
        Int64(doc["next_seq"]), entriesTotal, Time(doc, "updated_at"));

    /// <summary>No <c>_id</c>: the server makes one; (account, seq) and (account, operation id) are the unique keys.</summary>
    public static BsonDocument Entry(JournalEntry entry) => new()
    {
        { "account_id", entry.AccountId },
        { "seq", entry.Sequence },
        { "operation_id", entry.OperationId },
        { "kind", (int)entry.Kind },
        { "amount", entry.Amount.Rupiah },
        { "balance_after", entry.BalanceAfter.Rupiah },
        { "counterparty", Nullable(entry.Counterparty) },
        { "reference", entry.Reference },
        { "description", entry.Description },
        { "created_at", UnixMs(entry.CreatedAt) },
    };

    public static JournalEntry ToEntry(BsonDocument doc) => new(
        doc["account_id"].AsString, Int64(doc["seq"]), doc["operation_id"].AsString, (EntryKind)doc["kind"].AsInt32,
        Rupiah(doc, "amount"), Rupiah(doc, "balance_after"), OptionalString(doc, "counterparty"), doc["reference"].AsString,
        doc["description"].AsString, Time(doc, "created_at"));

    public static BsonDocument Payment(PaymentView payment) => new()
    {
        { "_id", payment.Id },
        { "payer_id", payment.From },
        { "payee_id", payment.To },
        { "amount", payment.Amount.Rupiah },
        { "description", Nullable(payment.Description) },
        { "state", (int)payment.State },
        { "created_at", UnixMs(payment.CreatedAt) },
        { "updated_at", UnixMs(payment.CreatedAt) },
    };

    public static PaymentView ToPayment(BsonDocument doc) => new(
        doc["_id"].AsString, doc["payer_id"].AsString, doc["payee_id"].AsString, Rupiah(doc, "amount"),
        OptionalString(doc, "description"), (PaymentState)doc["state"].AsInt32, Time(doc, "created_at"));

    public static BsonDocument Withdrawal(WithdrawalRecord w) => new()
    {
        { "_id", w.Id },
        { "account_id", w.AccountId },
        { "status", (int)w.Status },
        { "amount", w.Amount.Rupiah },
        { "bank_code", w.BankCode },
        { "account_number", w.AccountNumber },
        { "account_name", w.AccountName },
        { "created_at", UnixMs(w.CreatedAt) },
        { "updated_at", UnixMs(w.UpdatedAt) },
        { "reviewed_by", Nullable(w.ReviewedBy) },
        { "reason", Nullable(w.Reason) },
    };

    public static WithdrawalRecord ToWithdrawal(BsonDocument doc) => new(
        doc["_id"].AsString, doc["account_id"].AsString, (WithdrawalStatus)doc["status"].AsInt32, Rupiah(doc, "amount"),
        doc["bank_code"].AsString, doc["account_number"].AsString, doc["account_name"].AsString,
        Time(doc, "created_at"), Time(doc, "updated_at"))
    {
        ReviewedBy = OptionalString(doc, "reviewed_by"),
        Reason = OptionalString(doc, "reason"),
    };

    public static BsonDocument Notification(NotificationRecord n) => new()
    {
        { "_id", n.Id },
        { "user_id", n.UserId },
        { "kind", (int)n.Kind },
        { "message", n.Message },
        { "amount", n.Amount is { } amount ? amount.Rupiah : BsonNull.Value },
        { "reference", Nullable(n.Reference) },
        { "created_at", UnixMs(n.CreatedAt) },
        { "read_at", n.ReadAt is { } readAt ? UnixMs(readAt) : BsonNull.Value },
    };

    public static NotificationRecord ToNotification(BsonDocument doc) => new(
        doc["_id"].AsString, doc["user_id"].AsString, (NotificationKind)doc["kind"].AsInt32, doc["message"].AsString,
        OptionalInt64(doc, "amount") is { } amount ? new Money(amount) : null, OptionalString(doc, "reference"), Time(doc, "created_at"))
    {
        ReadAt = OptionalTime(doc, "read_at"),
    };

    public static long UnixMs(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static BsonValue Nullable(string? value) => value is null ? BsonNull.Value : value;

    public static BsonValue Nullable(long? value) => value is { } v ? v : BsonNull.Value;

    /// <summary>
    /// An integer as stored (Int64) or as the server computes some sums and counts (Int32). Anything else, a double
    /// from a sum that overflowed included, is refused: money is never read approximately.
    /// </summary>
    public static long Int64(BsonValue value) => value.BsonType switch
    {
        BsonType.Int64 => value.AsInt64,
        BsonType.Int32 => value.AsInt32,
        _ => throw new FormatException($"expected an integer, found {value.BsonType} {value}"),
    };

    public static Money Rupiah(BsonDocument doc, string name) => new(Int64(doc[name]));

    public static DateTimeOffset Time(BsonDocument doc, string name) => StoreRows.FromUnixMs(Int64(doc[name]));

    public static DateTimeOffset? OptionalTime(BsonDocument doc, string name) =>
        OptionalInt64(doc, name) is { } ms ? StoreRows.FromUnixMs(ms) : null;

    /// <summary>Null when the field is null or absent.</summary>
    public static string? OptionalString(BsonDocument doc, string name) =>
        doc.TryGetValue(name, out var value) && !value.IsBsonNull ? value.AsString : null;

    public static long? OptionalInt64(BsonDocument doc, string name) =>
        doc.TryGetValue(name, out var value) && !value.IsBsonNull ? Int64(value) : null;
}

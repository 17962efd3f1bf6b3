using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>The families' records as documents and back, under the relational adapters' column names.</summary>
internal static class MongoFamilyDocuments
{
    public static BsonDocument Rules(string accountId, WalletRules rules, DateTimeOffset at) => new()
    {
        { "_id", accountId },
        { "daily_limit", Nullable(rules.DailyLimit?.Rupiah) },
        { "payment_limit", Nullable(rules.PaymentLimit?.Rupiah) },
        { "low_balance_threshold", Nullable(rules.LowBalanceThreshold?.Rupiah) },
        { "alert_payments_over", Nullable(rules.AlertPaymentsOver?.Rupiah) },
        { "updated_at", UnixMs(at) },
    };

    public static WalletRules ToRules(BsonDocument doc) =>
        new(Amount(doc, "daily_limit"), Amount(doc, "payment_limit"), Amount(doc, "low_balance_threshold"), Amount(doc, "alert_payments_over"));

    public static BsonDocument Code(LinkCodeRecord code) => new()
    {
        { "_id", code.CodeHash },
        { "student_id", code.StudentId },
        { "created_by", code.CreatedBy },
        { "created_at", UnixMs(code.CreatedAt) },
        { "expires_at", UnixMs(code.ExpiresAt) },
        { "used_by", BsonNull.Value },
        { "used_at", BsonNull.Value },
    };

    /// <summary>An unused code that has not expired at <paramref name="now"/>.</summary>
    public static BsonDocument UsableCode(string codeHash, DateTimeOffset now) => new()
    {
        { "_id", codeHash },
        { "used_at", BsonNull.Value },
        { "expires_at", new BsonDocument("$gt", UnixMs(now)) },
    };

    public static BsonDocument Use(string guardianId, DateTimeOffset now) =>
        new("$set", new BsonDocument { { "used_by", guardianId }, { "used_at", UnixMs(now) } });

    public static string LinkId(string guardianId, string studentId) => $"{guardianId}|{studentId}";

    public static BsonDocument Link(string guardianId, string studentId, DateTimeOffset at) => new()
    {
        { "_id", LinkId(guardianId, studentId) },
        { "guardian_id", guardianId },
        { "student_id", studentId },
        { "created_at", UnixMs(at) },
    };

    public static GuardianLink ToLink(BsonDocument doc, IReadOnlyDictionary<string, string> names)
    {
        var guardianId = doc["guardian_id"].AsString;
        var studentId = doc["student_id"].AsString;
        return new GuardianLink(guardianId, names[guardianId], studentId, names[studentId], Time(doc, "created_at"));
    }

    private static Money? Amount(BsonDocument doc, string name) => OptionalInt64(doc, name) is { } rupiah ? new Money(rupiah) : null;
}

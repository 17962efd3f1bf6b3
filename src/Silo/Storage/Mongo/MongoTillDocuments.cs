using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>The till's documents and reads, under the relational adapters' column names (see <see cref="TillStatements"/>).</summary>
internal static class MongoTillDocuments
{
    public static BsonDocument Cashier(UserRecord user, string sellerId) => new()
    {
        { "_id", user.Id },
        { "seller_id", sellerId },
        { "disabled_at", BsonNull.Value },
    };

    public static BsonDocument PaymentRequest(PaymentRequestRecord r) => new()
    {
        { "_id", r.Id },
        { "seller_id", r.SellerId },
        { "amount", r.Amount.Rupiah },
        { "description", Nullable(r.Description) },
        { "status", (int)r.Status },
        { "created_by", r.CreatedBy },
        { "created_at", UnixMs(r.CreatedAt) },
        { "expires_at", UnixMs(r.ExpiresAt) },
        { "updated_at", UnixMs(r.UpdatedAt) },
        { "payer_id", Nullable(r.PayerId) },
        { "payment_id", Nullable(r.PaymentId) },
    };

    public static PaymentRequestRecord ToPaymentRequest(BsonDocument doc) => new(
        doc["_id"].AsString, doc["seller_id"].AsString, Rupiah(doc, "amount"), OptionalString(doc, "description"),
        (PaymentRequestStatus)doc["status"].AsInt32, doc["created_by"].AsString, Time(doc, "created_at"), Time(doc, "expires_at"),
        Time(doc, "updated_at"))
    {
        PayerId = OptionalString(doc, "payer_id"),
        PaymentId = OptionalString(doc, "payment_id"),
    };

    public static BsonDocument Refund(RefundCreated refund) => new()
    {
        { "_id", refund.RefundId },
        { "payment_id", refund.OriginalPaymentId },
        { "seller_id", refund.SellerId },
        { "amount", refund.Amount.Rupiah },
        { "reason", Nullable(refund.Reason) },
        { "created_by", refund.CreatedBy },
        { "created_at", UnixMs(refund.CreatedAt) },
    };

    /// <summary>Cashiers matching <paramref name="match"/>, each joined with its user under <c>user</c>, oldest first.</summary>
    public static BsonDocument[] Cashiers(BsonDocument match) =>
    [
        new("$match", match),
        new("$lookup", new BsonDocument { { "from", MongoSchema.Users }, { "localField", "_id" }, { "foreignField", "_id" }, { "as", "user" } }),
        new("$unwind", "$user"),
        new("$sort", new BsonDocument { { "user.created_at", 1 }, { "_id", 1 } }),
    ];

    public static CashierRecord ToCashier(BsonDocument doc)
    {
        var user = doc["user"].AsBsonDocument;
        return new CashierRecord(doc["_id"].AsString, doc["seller_id"].AsString, user["name"].AsString, user["email"].AsString,
            OptionalInt64(doc, "disabled_at") is not null, Time(user, "created_at"));
    }

    /// <summary>One document with <c>total</c>: the refunds of the payment whose own payment was not reversed (none when there are none).</summary>
    public static BsonDocument[] Refunded(string paymentId) =>
    [
        new("$match", new BsonDocument("payment_id", paymentId)),
        new("$lookup", new BsonDocument { { "from", MongoSchema.Payments }, { "localField", "_id" }, { "foreignField", "_id" }, { "as", "payment" } }),
        new("$unwind", "$payment"),
        new("$match", new BsonDocument("payment.state", new BsonDocument("$ne", (int)PaymentState.Reversed))),
        new("$group", new BsonDocument { { "_id", BsonNull.Value }, { "total", new BsonDocument("$sum", "$amount") } }),
    ];
}

using Cashless.Grains.Interfaces.Records;
using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>The writes of a commit's record changes; a move whose precondition fails refuses the whole transaction.</summary>
internal static class MongoRecordChanges
{
    public static IEnumerable<MongoWrite> Writes(IEnumerable<RecordChange> changes) => changes.Select(Write);

    public static MongoWrite Write(RecordChange change) => change switch
    {
        PaymentCreated created => new MongoInsert(MongoSchema.Payments, Payment(created.Payment)),
        PaymentMoved moved => new MongoGuardedUpdate(
            MongoSchema.Payments,
            new BsonDocument { { "_id", moved.PaymentId }, { "state", (int)moved.From } },
            new BsonDocument("$set", new BsonDocument { { "state", (int)moved.To }, { "updated_at", UnixMs(moved.At) } }),
            $"payment {moved.PaymentId} is not {moved.From}"),
        TopUpCreated created => new MongoInsert(MongoSchema.TopUps, MongoTopUpDocuments.TopUp(created.TopUp)),
        TopUpMoved moved => Move(moved),
        WithdrawalCreated created => new MongoInsert(MongoSchema.Withdrawals, Withdrawal(created.Withdrawal)),
        WithdrawalMoved moved => new MongoGuardedUpdate(
            MongoSchema.Withdrawals,
            new BsonDocument { { "_id", moved.WithdrawalId }, { "status", (int)moved.From } },
            new BsonDocument("$set", new BsonDocument
            {
                { "status", (int)moved.To },
                { "updated_at", UnixMs(moved.At) },
                { "reviewed_by", moved.ReviewedBy },
                { "reason", Nullable(moved.Reason) },
            }),
            $"withdrawal {moved.WithdrawalId} is not {moved.From}"),
        NotificationCreated created => new MongoInsert(MongoSchema.Notifications, Notification(created.Notification)),
        PaymentRequestCreated created => new MongoInsert(MongoSchema.PaymentRequests, MongoTillDocuments.PaymentRequest(created.Request)),
        PaymentRequestMoved moved => new MongoGuardedUpdate(
            MongoSchema.PaymentRequests,
            new BsonDocument { { "_id", moved.RequestId }, { "status", (int)moved.From } },
            new BsonDocument("$set", new BsonDocument
            {
                { "status", (int)moved.To },
                { "updated_at", UnixMs(moved.At) },
                { "payer_id", Nullable(moved.PayerId) },
                { "payment_id", Nullable(moved.PaymentId) },
            }),
            $"payment request {moved.RequestId} is not {moved.From}"),
        RefundCreated refund => new MongoInsert(MongoSchema.Refunds, MongoTillDocuments.Refund(refund)),
        _ => throw new NotSupportedException($"unknown record change {change.GetType().Name}"),
    };

    /// <summary>
    /// Into <see cref="TopUpMoved.To"/> from any of <see cref="TopUpMoved.From"/>. The optional fields overwrite the
    /// stored ones only when set (as the relational adapters' COALESCE); the recovered amount adds up.
    /// </summary>
    private static MongoGuardedUpdate Move(TopUpMoved moved)
    {
        var set = new BsonDocument { { "status", (int)moved.To }, { "updated_at", UnixMs(moved.At) } };
        var va = moved.VirtualAccount;
        SetWhenGiven(set, "reviewed_by", moved.ReviewedBy);
        SetWhenGiven(set, "reason", moved.Reason);
        SetWhenGiven(set, "va_number", va?.VaNumber);
        SetWhenGiven(set, "biller_code", va?.BillerCode);
        SetWhenGiven(set, "bill_key", va?.BillKey);
        SetWhenGiven(set, "expires_at", va?.ExpiresAt is { } expires ? UnixMs(expires) : null);
        SetWhenGiven(set, "gateway_transaction_id", va?.GatewayTransactionId);
        SetWhenGiven(set, "amount", moved.Amount?.Rupiah);
        var from = new BsonArray(moved.From.Select(status => (int)status));
        return new MongoGuardedUpdate(
            MongoSchema.TopUps,
            new BsonDocument { { "_id", moved.TopUpId }, { "status", new BsonDocument("$in", from) } },
            new BsonDocument { { "$set", set }, { "$inc", new BsonDocument("recovered", moved.Recovered.Rupiah) } },
            $"top-up {moved.TopUpId} is not in {string.Join(", ", moved.From)}");
    }

    private static void SetWhenGiven(BsonDocument set, string field, string? value)
    {
        if (value is not null)
        {
            set.Add(field, value);
        }
    }

    private static void SetWhenGiven(BsonDocument set, string field, long? value)
    {
        if (value is { } given)
        {
            set.Add(field, given);
        }
    }
}

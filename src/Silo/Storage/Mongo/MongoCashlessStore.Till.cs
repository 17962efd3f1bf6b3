using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

internal sealed partial class MongoCashlessStore
{
    public Task<bool> CreateCashierAsync(UserRecord user, string sellerId, CancellationToken ct = default) =>
        TryWriteAsync([.. MongoWritePlans.NewUser(user), new MongoInsert(MongoSchema.Cashiers, MongoTillDocuments.Cashier(user, sellerId))], ct);

    public async Task<CashierRecord?> GetCashierAsync(string userId, CancellationToken ct = default) =>
        (await AggregateAsync(MongoSchema.Cashiers, MongoTillDocuments.Cashiers(MongoQueries.ById(userId)), MongoTillDocuments.ToCashier, ct))
        .FirstOrDefault();

    public async Task<IReadOnlyList<CashierRecord>> ListCashiersAsync(string sellerId, CancellationToken ct = default) =>
        await AggregateAsync(MongoSchema.Cashiers, MongoTillDocuments.Cashiers(new BsonDocument("seller_id", sellerId)), MongoTillDocuments.ToCashier, ct);

    public async Task<bool> DisableCashierAsync(string userId, DateTimeOffset at, CancellationToken ct = default)
    {
        var cashiers = Collection(MongoSchema.Cashiers);
        await cashiers.UpdateOneAsync(
            new BsonDocument { { "_id", userId }, { "disabled_at", BsonNull.Value } },
            new BsonDocument("$set", new BsonDocument("disabled_at", MongoDocuments.UnixMs(at))), cancellationToken: ct);
        return await cashiers.Find(MongoQueries.ById(userId)).AnyAsync(ct);
    }

    public Task<PaymentRequestRecord?> GetPaymentRequestAsync(string requestId, CancellationToken ct = default) =>
        FindByIdAsync(MongoSchema.PaymentRequests, requestId, MongoTillDocuments.ToPaymentRequest, ct);

    public async Task<Money> GetRefundedAsync(string paymentId, CancellationToken ct = default)
    {
        var totals = await AggregateAsync(MongoSchema.Refunds, MongoTillDocuments.Refunded(paymentId), doc => MongoDocuments.Rupiah(doc, "total"), ct);
        return totals.SingleOrDefault();
    }
}

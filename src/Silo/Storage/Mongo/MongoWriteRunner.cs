using MongoDB.Bson;
using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>
/// Sends a transaction's writes: one ordered bulk write per collection, in the order the collections first appear
/// (so the account's sequence check goes first and a stale commit stops there). Each guarded update matches at most one
/// document (its filter holds the key), so a collection's writes all found their document exactly when the matched
/// count equals the number of guarded updates; otherwise the transaction is refused.
/// </summary>
internal static class MongoWriteRunner
{
    public static async Task RunAsync(IMongoDatabase database, IClientSessionHandle session, IReadOnlyList<MongoWrite> writes, CancellationToken ct)
    {
        foreach (var group in writes.GroupBy(write => write.Collection))
        {
            var models = group.Select(Model).ToList();
            var result = await database.GetCollection<BsonDocument>(group.Key).BulkWriteAsync(
                session, models, new BulkWriteOptions { IsOrdered = true }, ct);
            var guarded = group.OfType<MongoGuardedUpdate>().Select(update => update.Refusal).ToList();
            if (result.MatchedCount != guarded.Count)
            {
                // The count does not say which one found nothing; a single guard (the usual case) names itself.
                throw new StoreConflictException(guarded.Count == 1
                    ? guarded[0]
                    : $"{guarded.Count - result.MatchedCount} of these did not hold: {string.Join("; ", guarded)}");
            }
        }
    }

    private static WriteModel<BsonDocument> Model(MongoWrite write) => write switch
    {
        MongoInsert insert => new InsertOneModel<BsonDocument>(insert.Document),
        MongoGuardedUpdate update => new UpdateOneModel<BsonDocument>(update.Filter, update.Update),
        _ => throw new NotSupportedException($"unknown write {write.GetType().Name}"),
    };
}

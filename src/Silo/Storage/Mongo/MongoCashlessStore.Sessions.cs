using Cashless.Grains.Ledger;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

internal sealed partial class MongoCashlessStore
{
    private static readonly ReplaceOptions Upsert = new() { IsUpsert = true };

    public async Task<SessionRecord> LoadSessionAsync(string userId, DateTimeOffset now, CancellationToken ct = default)
    {
        var cutoff = await FindByIdAsync(MongoSchema.SessionCutoffs, userId, d => d, ct);
        var tokens = await FindAsync(MongoSchema.RevokedTokens, MongoQueries.LiveRevokedTokens(userId, now), d => d, ct);
        return MongoSessionDocuments.ToSession(cutoff, tokens);
    }

    /// <summary>Recorded once: a token revoked again keeps its first record (as INSERT … DO NOTHING).</summary>
    public Task RevokeTokenAsync(string userId, string tokenId, DateTimeOffset expiresAt, CancellationToken ct = default) =>
        Collection(MongoSchema.RevokedTokens).UpdateOneAsync(
            MongoQueries.ById(tokenId), new BsonDocument("$setOnInsert", MongoSessionDocuments.RevokedToken(userId, expiresAt)),
            new UpdateOptions { IsUpsert = true }, ct);

    public Task RevokeAllTokensAsync(string userId, DateTimeOffset upTo, string? keptTokenId, CancellationToken ct = default) =>
        Collection(MongoSchema.SessionCutoffs).ReplaceOneAsync(
            MongoQueries.ById(userId), MongoSessionDocuments.Cutoff(userId, upTo, keptTokenId), Upsert, ct);

    public Task<int> DeleteRevokedTokensExpiredBeforeAsync(DateTimeOffset expiredBefore, int limit, CancellationToken ct = default) =>
        DeleteBatchAsync(MongoSchema.RevokedTokens, MongoQueries.ExpiredRevokedTokens(expiredBefore, limit), ct);

    public Task<int> DeleteIdempotencyBeforeAsync(DateTimeOffset createdBefore, int limit, CancellationToken ct = default) =>
        DeleteBatchAsync(MongoSchema.Idempotency, MongoQueries.IdempotencyBefore(createdBefore, limit), ct);

    /// <summary>The documents <paramref name="batch"/> finds, deleted if they still match it (DeleteMany takes no limit).</summary>
    private async Task<int> DeleteBatchAsync(string collection, MongoFind batch, CancellationToken ct)
    {
        var ids = await FindAsync(collection, batch, doc => doc["_id"], ct);
        if (ids.Count == 0)
        {
            return 0;
        }

        var filter = batch.Filter.DeepClone().AsBsonDocument;
        filter["_id"] = new BsonDocument("$in", new BsonArray(ids));
        var deleted = await Collection(collection).DeleteManyAsync(filter, ct);
        return (int)deleted.DeletedCount;
    }

    public Task<IdempotencyRecord?> GetIdempotencyAsync(string scope, CancellationToken ct = default) =>
        FindByIdAsync(MongoSchema.Idempotency, scope, MongoSessionDocuments.ToIdempotency, ct);

    /// <summary>Replaces an older record of the same scope whole, as a key reused after its expiry.</summary>
    public Task SaveIdempotencyAsync(IdempotencyRecord record, CancellationToken ct = default) =>
        Collection(MongoSchema.Idempotency).ReplaceOneAsync(
            MongoQueries.ById(record.Scope), MongoSessionDocuments.Idempotency(record), Upsert, ct);
}

using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

internal sealed partial class MongoCashlessStore
{
    public async Task<WalletRules> GetWalletRulesAsync(string accountId, CancellationToken ct = default) =>
        await FindByIdAsync(MongoSchema.WalletRules, accountId, MongoFamilyDocuments.ToRules, ct) ?? WalletRules.None;

    public Task SaveWalletRulesAsync(string accountId, WalletRules rules, DateTimeOffset at, CancellationToken ct = default) =>
        Collection(MongoSchema.WalletRules).ReplaceOneAsync(
            MongoQueries.ById(accountId), MongoFamilyDocuments.Rules(accountId, rules, at), Upsert, ct);

    public Task SaveLinkCodeAsync(LinkCodeRecord code, CancellationToken ct = default) =>
        Collection(MongoSchema.LinkCodes).InsertOneAsync(MongoFamilyDocuments.Code(code), cancellationToken: ct);

    public async Task<int> CountLinkCodesSinceAsync(string studentId, DateTimeOffset since, CancellationToken ct = default) =>
        (int)await Collection(MongoSchema.LinkCodes).CountDocumentsAsync(
            new BsonDocument { { "student_id", studentId }, { "created_at", new BsonDocument("$gte", MongoDocuments.UnixMs(since)) } },
            cancellationToken: ct);

    /// <summary>The code is used and the link made in one transaction; a code another guardian used first finds nothing.</summary>
    public async Task<string?> RedeemLinkCodeAsync(string codeHash, string guardianId, DateTimeOffset now, CancellationToken ct = default)
    {
        using var session = await _client.StartSessionAsync(cancellationToken: ct);
        return await session.WithTransactionAsync(
            async (s, token) =>
            {
                var code = await Collection(MongoSchema.LinkCodes).FindOneAndUpdateAsync(
                    s, MongoFamilyDocuments.UsableCode(codeHash, now), MongoFamilyDocuments.Use(guardianId, now), cancellationToken: token);
                if (code is null)
                {
                    return null;
                }

                var studentId = code["student_id"].AsString;
                await LinkAsync(s, guardianId, studentId, now, token);
                return studentId;
            },
            Transaction, ct);
    }

    public Task LinkGuardianAsync(string guardianId, string studentId, DateTimeOffset at, CancellationToken ct = default) =>
        LinkAsync(session: null, guardianId, studentId, at, ct);

    public async Task<IReadOnlyList<GuardianLink>> ListGuardianLinksAsync(string? guardianId, string? studentId, CancellationToken ct = default)
    {
        var filter = guardianId is not null ? new BsonDocument("guardian_id", guardianId)
            : new BsonDocument("student_id", studentId ?? throw new ArgumentNullException(nameof(studentId), "name a guardian or a student"));
        var links = await FindAsync(MongoSchema.GuardianLinks, new MongoFind(filter, new BsonDocument { { "created_at", 1 }, { "_id", 1 } }), d => d, ct);
        var ids = links.SelectMany(l => new[] { l["guardian_id"], l["student_id"] }).Distinct().ToList();
        var names = (await FindAsync(MongoSchema.Users, new MongoFind(new BsonDocument("_id", new BsonDocument("$in", new BsonArray(ids)))), d => d, ct))
            .ToDictionary(u => u["_id"].AsString, u => u["name"].AsString);
        return links.ConvertAll(link => MongoFamilyDocuments.ToLink(link, names));
    }

    /// <summary>Made once: a link made again keeps its first time (as INSERT … DO NOTHING).</summary>
    private Task<UpdateResult> LinkAsync(IClientSessionHandle? session, string guardianId, string studentId, DateTimeOffset at, CancellationToken ct)
    {
        var filter = MongoQueries.ById(MongoFamilyDocuments.LinkId(guardianId, studentId));
        var insert = new BsonDocument("$setOnInsert", MongoFamilyDocuments.Link(guardianId, studentId, at));
        var upsert = new UpdateOptions { IsUpsert = true };
        var links = Collection(MongoSchema.GuardianLinks);
        return session is null ? links.UpdateOneAsync(filter, insert, upsert, ct) : links.UpdateOneAsync(session, filter, insert, upsert, ct);
    }

    public async Task<bool> RemoveGuardianLinkAsync(string guardianId, string studentId, CancellationToken ct = default) =>
        (await Collection(MongoSchema.GuardianLinks).DeleteOneAsync(MongoQueries.ById(MongoFamilyDocuments.LinkId(guardianId, studentId)), ct))
        .DeletedCount == 1;
}

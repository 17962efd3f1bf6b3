using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

internal sealed partial class MongoCashlessStore
{
    public Task<bool> CreateUserAsync(UserRecord user, CancellationToken ct = default) =>
        TryWriteAsync(MongoWritePlans.NewUser(user), ct);

    public Task<UserRecord?> FindUserByEmailAsync(string email, CancellationToken ct = default) =>
        ReadUserAsync(new BsonDocument("email", email.ToLowerInvariant()), ct);

    public Task<UserRecord?> GetUserAsync(string userId, CancellationToken ct = default) =>
        ReadUserAsync(MongoQueries.ById(userId), ct);

    public async Task<Page<UserRecord>> SearchUsersAsync(UserQuery query, CancellationToken ct = default)
    {
        var users = await AggregateAsync(MongoSchema.Users, MongoUserQueries.Search(query), MongoDocuments.ToUser, ct);
        return Paging.Cut(users, query.Page.Limit, u => u.Id);
    }

    public Task UpdatePasswordHashAsync(string userId, string passwordHash, CancellationToken ct = default) =>
        Collection(MongoSchema.Users).UpdateOneAsync(
            MongoQueries.ById(userId), new BsonDocument("$set", new BsonDocument("password_hash", passwordHash)), cancellationToken: ct);

    public async Task UpdateUserRoleAsync(string userId, AccountRole role, CancellationToken ct = default)
    {
        var set = new BsonDocument("$set", new BsonDocument("role", (int)role));
        await Collection(MongoSchema.Users).UpdateOneAsync(MongoQueries.ById(userId), set, cancellationToken: ct);
        await Collection(MongoSchema.Accounts).UpdateOneAsync(MongoQueries.ById(userId), set, cancellationToken: ct);
    }

    private async Task<UserRecord?> ReadUserAsync(BsonDocument match, CancellationToken ct) =>
        (await AggregateAsync(MongoSchema.Users, MongoUserQueries.Joined(match), MongoDocuments.ToUser, ct)).FirstOrDefault();
}

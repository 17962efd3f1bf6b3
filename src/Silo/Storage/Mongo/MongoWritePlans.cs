using Cashless.Grains.Ledger;
using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>The writes of the store's transactions, in the order they run.</summary>
internal static class MongoWritePlans
{
    /// <summary>The user and its empty account: a taken e-mail (or id) is a duplicate key, and nothing is written.</summary>
    public static IReadOnlyList<MongoWrite> NewUser(UserRecord user) =>
    [
        new MongoInsert(MongoSchema.Users, User(user)),
        new MongoInsert(MongoSchema.Accounts, NewAccount(user)),
    ];

    /// <summary>
    /// The snapshot moves from the expected version to the next (the version check is the update's filter), then the
    /// entries are appended (unique (account, seq) and (account, operation id)), then the record changes apply.
    /// </summary>
    public static IReadOnlyList<MongoWrite> Commit(AccountCommit commit)
    {
        var move = new MongoGuardedUpdate(
            MongoSchema.Accounts,
            new BsonDocument { { "_id", commit.AccountId }, { "version", commit.ExpectedVersion } },
            new BsonDocument("$set", new BsonDocument
            {
                { "balance", commit.Balance.Rupiah },
                { "status", (int)commit.Status },
                { "version", commit.NewVersion },
                { "next_seq", commit.NextSequence },
                { "updated_at", UnixMs(commit.At) },
            }),
            $"account {commit.AccountId} is no longer at version {commit.ExpectedVersion}");
        return
        [
            move,
            .. commit.Entries.Select(entry => new MongoInsert(MongoSchema.Entries, Entry(entry))),
            .. MongoRecordChanges.Writes(commit.Changes),
        ];
    }
}

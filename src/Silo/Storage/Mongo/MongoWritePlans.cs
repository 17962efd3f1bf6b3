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
    /// The snapshot document moves on from the commit's first sequence (the update's filter refuses a writer that decided
    /// on an older state, as the entries' key does in the relational stores, decision 0010), then the entries are
    /// appended (unique (account, seq) and (account, operation id)), then the record changes apply.
    /// </summary>
    public static IReadOnlyList<MongoWrite> Commit(AccountCommit commit)
    {
        var move = new MongoGuardedUpdate(
            MongoSchema.Accounts,
            new BsonDocument { { "_id", commit.AccountId }, { "next_seq", commit.FirstSequence } },
            new BsonDocument("$set", new BsonDocument
            {
                { "balance", commit.Balance.Rupiah },
                { "status", (int)commit.Status },
                { "next_seq", commit.NextSequence },
                { "updated_at", UnixMs(commit.At) },
            }),
            $"account {commit.AccountId} has moved on from sequence {commit.FirstSequence}");
        return
        [
            move,
            .. commit.Entries.Select(entry => new MongoInsert(MongoSchema.Entries, Entry(entry))),
            .. MongoRecordChanges.Writes(commit.Changes),
        ];
    }
}

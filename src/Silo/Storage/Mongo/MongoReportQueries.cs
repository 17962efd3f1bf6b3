using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>The report reads: an account's entries in a window, its opening balance, the money crossing the community's boundary.</summary>
internal static class MongoReportQueries
{
    /// <summary>One account's entries in [start, until), oldest first, ties by sequence.</summary>
    public static MongoFind EntriesBetween(string accountId, DateTimeOffset start, DateTimeOffset until) => new(
        new BsonDocument
        {
            { "account_id", accountId },
            { "created_at", new BsonDocument { { "$gte", UnixMs(start) }, { "$lt", UnixMs(until) } } },
            MongoQueries.JournalEntries,
        },
        new BsonDocument { { "created_at", 1 }, { "seq", 1 } });

    /// <summary>The account's last entry before <paramref name="at"/>, in the order of <see cref="EntriesBetween"/>.</summary>
    public static MongoFind LastEntryBefore(string accountId, DateTimeOffset at) => new(
        new BsonDocument { { "account_id", accountId }, { "created_at", new BsonDocument("$lt", UnixMs(at)) } },
        new BsonDocument { { "created_at", -1 }, { "seq", -1 } }, 1);

    /// <summary>
    /// Entries crossing the community's boundary in [start, until), oldest first (then by account and sequence), each
    /// with the channel of its top-up when it is a top-up or a top-up reversal: <c>created_at</c>, <c>kind</c>,
    /// <c>amount</c>, and <c>channel</c> (absent when there is none).
    /// </summary>
    public static BsonDocument[] CommunityFlows(DateTimeOffset start, DateTimeOffset until)
    {
        int[] boundary = [(int)EntryKind.TopUp, (int)EntryKind.Withdrawal, (int)EntryKind.WithdrawalReversal, (int)EntryKind.TopUpReversal];
        int[] topUpKinds = [(int)EntryKind.TopUp, (int)EntryKind.TopUpReversal];
        var channel = new BsonDocument("$cond", new BsonArray
        {
            new BsonDocument("$in", new BsonArray { "$kind", new BsonArray(topUpKinds) }),
            new BsonDocument("$arrayElemAt", new BsonArray { "$topup.channel", 0 }),
            BsonNull.Value,
        });
        return
        [
            new("$match", new BsonDocument
            {
                { "created_at", new BsonDocument { { "$gte", UnixMs(start) }, { "$lt", UnixMs(until) } } },
                { "kind", new BsonDocument("$in", new BsonArray(boundary)) },
            }),
            new("$sort", new BsonDocument { { "created_at", 1 }, { "account_id", 1 }, { "seq", 1 } }),
            new("$lookup", new BsonDocument { { "from", MongoSchema.TopUps }, { "localField", "reference" }, { "foreignField", "_id" }, { "as", "topup" } }),
            new("$project", new BsonDocument { { "_id", 0 }, { "created_at", 1 }, { "kind", 1 }, { "amount", 1 }, { "channel", channel } }),
        ];
    }

    /// <summary>A document of <see cref="CommunityFlows"/>.</summary>
    public static CommunityFlow ToCommunityFlow(BsonDocument doc) => new(
        Time(doc, "created_at"), (EntryKind)doc["kind"].AsInt32,
        doc.TryGetValue("channel", out var channel) && !channel.IsBsonNull ? (TopUpChannel)channel.AsInt32 : null,
        Int64(doc["amount"]));
}

using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>The export reads of the MongoDB store, in the order of the index <c>entries_by_account_time</c>.</summary>
internal static class MongoExportQueries
{
    /// <summary>Entries in [start, until), of one account or (null) all, by account, then time, then sequence.</summary>
    public static MongoFind Entries(string? accountId, DateTimeOffset start, DateTimeOffset until)
    {
        var filter = new BsonDocument
        {
            { "created_at", new BsonDocument { { "$gte", UnixMs(start) }, { "$lt", UnixMs(until) } } }, MongoQueries.JournalEntries,
        };
        if (accountId is not null)
        {
            filter.Add("account_id", accountId);
        }

        return new MongoFind(filter, new BsonDocument { { "account_id", 1 }, { "created_at", 1 }, { "seq", 1 } });
    }
}

using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>
/// The reads of the store as documents, each the counterpart of a relational query (<see cref="StoreQueries"/> and
/// the adapters' own). Lists read one document more than the page holds, as <see cref="Paging"/> expects; ids compare
/// bytewise (MongoDB's simple collation), as the relational ids do, so cursors mean the same everywhere.
/// </summary>
internal static class MongoQueries
{
    private static readonly int[] KindsKeptOnceByTheirPayment =
        [.. Enum.GetValues<EntryKind>().Where(kind => kind.IsKeptOnceByItsPayment()).Select(kind => (int)kind)];

    /// <summary>The entries a journal lists, as <see cref="StoreRows.JournalEntries"/>: all but the markers.</summary>
    public static readonly BsonElement JournalEntries = new("kind", new BsonDocument("$ne", (int)EntryKind.Marker));

    public static BsonDocument ById(string id) => new("_id", id);

    /// <summary>The entry an operation id made, of the kinds kept once by it (as <see cref="StoreRows.KeyedEntries"/>).</summary>
    public static MongoFind EntryByOperation(string accountId, string operationId) => new(new BsonDocument
    {
        { "account_id", accountId }, { "operation_id", operationId },
        { "kind", new BsonDocument("$nin", new BsonArray(KindsKeptOnceByTheirPayment)) },
    });

    /// <summary>Entries below sequence <paramref name="before"/> (the cursor), newest first.</summary>
    public static MongoFind EntriesPage(string accountId, long before, int limit) => new(
        new BsonDocument { { "account_id", accountId }, { "seq", new BsonDocument("$lt", before) }, JournalEntries },
        new BsonDocument("seq", -1), limit + 1);

    /// <summary>The sum of the account's entries (one document with <c>total</c>, or none when it has no entries).</summary>
    public static BsonDocument[] EntriesTotal(string accountId) =>
    [
        new("$match", new BsonDocument("account_id", accountId)),
        new("$group", new BsonDocument { { "_id", BsonNull.Value }, { "total", new BsonDocument("$sum", "$amount") } }),
    ];

    /// <summary>In-flight payments (of one payer, or all) created before <paramref name="createdBefore"/>, oldest first.</summary>
    public static MongoFind InFlightPayments(string? payerId, DateTimeOffset createdBefore, int limit)
    {
        var before = createdBefore == DateTimeOffset.MaxValue ? long.MaxValue : UnixMs(createdBefore);
        var filter = new BsonDocument("state", (int)PaymentState.InFlight);
        if (payerId is not null)
        {
            filter.Add("payer_id", payerId);
        }

        filter.Add("created_at", new BsonDocument("$lt", before));
        return new MongoFind(filter, new BsonDocument { { "created_at", 1 }, { "_id", 1 } }, limit);
    }

    /// <summary>Top-ups or withdrawals of one account (or all), optionally in one status, newest first: ids sort by time.</summary>
    public static MongoFind NewestFirst(string? accountId, int? status, PageRequest page)
    {
        var filter = new BsonDocument();
        if (accountId is not null)
        {
            filter.Add("account_id", accountId);
        }

        if (status is { } wanted)
        {
            filter.Add("status", wanted);
        }

        if (page.Before is not null)
        {
            filter.Add("_id", new BsonDocument("$lt", page.Before));
        }

        return new MongoFind(filter, new BsonDocument("_id", -1), page.Limit + 1);
    }

    public static MongoFind PendingVirtualAccountTopUps(DateTimeOffset createdBefore, string? afterId, int limit)
    {
        var filter = new BsonDocument
        {
            { "status", (int)TopUpStatus.Pending },
            { "channel", (int)TopUpChannel.VirtualAccount },
            { "created_at", new BsonDocument("$lt", UnixMs(createdBefore)) },
        };
        if (afterId is not null)
        {
            filter.Add("_id", new BsonDocument("$gt", afterId));
        }

        return new MongoFind(filter, new BsonDocument("_id", 1), limit);
    }

    /// <summary>Up to <paramref name="limit"/> answers kept since before <paramref name="createdBefore"/>.</summary>
    public static MongoFind IdempotencyBefore(DateTimeOffset createdBefore, int limit) =>
        new(new BsonDocument("created_at", new BsonDocument("$lt", UnixMs(createdBefore))), null, limit);

    /// <summary>Up to <paramref name="limit"/> revoked tokens that expired before <paramref name="expiredBefore"/>.</summary>
    public static MongoFind ExpiredRevokedTokens(DateTimeOffset expiredBefore, int limit) =>
        new(new BsonDocument("expires_at", new BsonDocument("$lt", UnixMs(expiredBefore))), null, limit);

    /// <summary>The bank-transfer claims of one transfer key, oldest first.</summary>
    public static MongoFind TransferClaims(string transferKey) =>
        new(new BsonDocument("transfer_key", transferKey), new BsonDocument("_id", 1));

    /// <summary>A user's notifications (only the unread ones, when asked), newest first by id.</summary>
    public static MongoFind NotificationPage(string userId, bool unreadOnly, PageRequest page)
    {
        var filter = new BsonDocument("user_id", userId);
        if (unreadOnly)
        {
            filter.Add("read_at", BsonNull.Value);
        }

        if (page.Before is not null)
        {
            filter.Add("_id", new BsonDocument("$lt", page.Before));
        }

        return new MongoFind(filter, new BsonDocument("_id", -1), page.Limit + 1);
    }

    /// <summary>Sets the read time unless there is one already (a pipeline update: the stored value decides).</summary>
    public static BsonDocument[] MarkRead(DateTimeOffset at) =>
    [
        new("$set", new BsonDocument("read_at", new BsonDocument("$ifNull", new BsonArray { "$read_at", UnixMs(at) }))),
    ];

    public static MongoFind LiveRevokedTokens(string userId, DateTimeOffset now) =>
        new(new BsonDocument { { "user_id", userId }, { "expires_at", new BsonDocument("$gt", UnixMs(now)) } });
}

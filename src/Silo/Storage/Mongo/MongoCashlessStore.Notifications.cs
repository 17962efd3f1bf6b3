using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

internal sealed partial class MongoCashlessStore
{
    public async Task<Page<NotificationRecord>> ListNotificationsAsync(
        string userId, bool unreadOnly, PageRequest page, CancellationToken ct = default)
    {
        var notifications = await FindAsync(
            MongoSchema.Notifications, MongoQueries.NotificationPage(userId, unreadOnly, page), MongoDocuments.ToNotification, ct);
        return Paging.Cut(notifications, page.Limit, n => n.Id);
    }

    /// <summary>One atomic update that finds the user's notification whether read or not; a read one keeps its first read time.</summary>
    public async Task<bool> MarkNotificationReadAsync(string userId, string notificationId, DateTimeOffset at, CancellationToken ct = default)
    {
        var filter = new BsonDocument { { "_id", notificationId }, { "user_id", userId } };
        var update = new PipelineUpdateDefinition<BsonDocument>(PipelineDefinition<BsonDocument, BsonDocument>.Create(MongoQueries.MarkRead(at)));
        var result = await Collection(MongoSchema.Notifications).UpdateOneAsync(filter, update, cancellationToken: ct);
        return result.MatchedCount == 1;
    }

    public async Task<int> MarkAllNotificationsReadAsync(string userId, DateTimeOffset at, CancellationToken ct = default)
    {
        var result = await Collection(MongoSchema.Notifications).UpdateManyAsync(
            new BsonDocument { { "user_id", userId }, { "read_at", BsonNull.Value } },
            new BsonDocument("$set", new BsonDocument("read_at", MongoDocuments.UnixMs(at))), cancellationToken: ct);
        return checked((int)result.ModifiedCount);
    }
}

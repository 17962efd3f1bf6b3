using Cashless.Grains.Interfaces.Idempotency;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>Session cut-offs, revoked tokens and idempotency answers as documents, keyed as their tables are.</summary>
internal static class MongoSessionDocuments
{
    public static BsonDocument Cutoff(string userId, DateTimeOffset upTo, string? keptTokenId) => new()
    {
        { "_id", userId },
        { "revoked_up_to", UnixMs(upTo) },
        { "kept_token_id", Nullable(keptTokenId) },
    };

    /// <summary>The fields a revoked token gets when it is first recorded (it is keyed by its id).</summary>
    public static BsonDocument RevokedToken(string userId, DateTimeOffset expiresAt) => new()
    {
        { "user_id", userId },
        { "expires_at", UnixMs(expiresAt) },
    };

    /// <summary>The cut-off document (or none) and the live revoked-token documents of one user.</summary>
    public static SessionRecord ToSession(BsonDocument? cutoff, IEnumerable<BsonDocument> tokens) => new(
        cutoff is null ? null : Time(cutoff, "revoked_up_to"),
        cutoff is null ? null : OptionalString(cutoff, "kept_token_id"),
        tokens.ToDictionary(token => token["_id"].AsString, token => Time(token, "expires_at")));

    public static BsonDocument Idempotency(IdempotencyRecord record) => new()
    {
        { "_id", record.Scope },
        { "request_hash", record.RequestHash },
        { "status_code", record.Response.StatusCode },
        { "content_type", Nullable(record.Response.ContentType) },
        { "body", new BsonBinaryData(record.Response.Body) },
        { "location", Nullable(record.Response.Location) },
        { "created_at", UnixMs(record.CreatedAt) },
    };

    public static IdempotencyRecord ToIdempotency(BsonDocument doc) => new(
        doc["_id"].AsString, doc["request_hash"].AsString,
        new IdempotentResponse(doc["status_code"].AsInt32, OptionalString(doc, "content_type"), doc["body"].AsBsonBinaryData.Bytes,
            OptionalString(doc, "location")),
        Time(doc, "created_at"));
}

using Cashless.Grains.Interfaces.Idempotency;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Sqlite;

internal sealed partial class SqliteCashlessStore
{
    public Task<SessionRecord> LoadSessionAsync(string userId, DateTimeOffset now, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var cutoff = SqliteConnections.Command(connection,
            "SELECT revoked_up_to, kept_token_id FROM session_cutoffs WHERE user_id = $id", ("$id", userId));
        var (upTo, kept) = ReadAll(cutoff, row => ((DateTimeOffset?)FromUnixMs(row.GetInt64(0)), NullableString(row, 1))).FirstOrDefault();
        using var tokens = SqliteConnections.Command(connection,
            "SELECT token_id, expires_at FROM revoked_tokens WHERE user_id = $id AND expires_at > $now", ("$id", userId), ("$now", ToUnixMs(now)));
        var revoked = ReadAll(tokens, row => (Id: row.GetString(0), Expires: FromUnixMs(row.GetInt64(1)))).ToDictionary(t => t.Id, t => t.Expires);
        return Task.FromResult(new SessionRecord(upTo, kept, revoked));
    }

    public Task RevokeTokenAsync(string userId, string tokenId, DateTimeOffset expiresAt, CancellationToken ct = default) =>
        _writer.Write(connection =>
        {
            using var insert = SqliteConnections.Command(connection,
                "INSERT OR IGNORE INTO revoked_tokens (token_id, user_id, expires_at) VALUES ($token, $user, $expires)",
                ("$token", tokenId), ("$user", userId), ("$expires", ToUnixMs(expiresAt)));
            return insert.ExecuteNonQuery();
        }, onConflict: 0);

    public Task RevokeAllTokensAsync(string userId, DateTimeOffset upTo, string? keptTokenId, CancellationToken ct = default) =>
        _writer.Write(connection =>
        {
            using var upsert = SqliteConnections.Command(connection,
                """
                INSERT INTO session_cutoffs (user_id, revoked_up_to, kept_token_id) VALUES ($user, $upTo, $kept)
                ON CONFLICT (user_id) DO UPDATE SET revoked_up_to = excluded.revoked_up_to, kept_token_id = excluded.kept_token_id
                """,
                ("$user", userId), ("$upTo", ToUnixMs(upTo)), ("$kept", keptTokenId));
            return upsert.ExecuteNonQuery();
        }, onConflict: 0);

    public Task<int> DeleteRevokedTokensExpiredBeforeAsync(DateTimeOffset expiredBefore, int limit, CancellationToken ct = default) =>
        _writer.Write(connection => Execute(connection, StoreQueries.DeleteRevokedTokensExpiredBefore(expiredBefore, limit)), onConflict: 0);

    public Task<int> DeleteIdempotencyBeforeAsync(DateTimeOffset createdBefore, int limit, CancellationToken ct = default) =>
        _writer.Write(connection => Execute(connection, StoreQueries.DeleteIdempotencyBefore(createdBefore, limit)), onConflict: 0);

    public Task<IdempotencyRecord?> GetIdempotencyAsync(string scope, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            "SELECT request_hash, status_code, content_type, body, location, created_at FROM idempotency WHERE scope = $scope", ("$scope", scope));
        var record = ReadAll(command, row => new IdempotencyRecord(
            scope, row.GetString(0),
            new IdempotentResponse(row.GetInt32(1), NullableString(row, 2), (byte[])row.GetValue(3), NullableString(row, 4)),
            FromUnixMs(row.GetInt64(5)))).FirstOrDefault();
        return Task.FromResult(record);
    }

    public Task SaveIdempotencyAsync(IdempotencyRecord record, CancellationToken ct = default) =>
        _writer.Write(connection =>
        {
            var upsert = SqliteStatements.Bound(connection,
                """
                INSERT OR REPLACE INTO idempotency (scope, request_hash, status_code, content_type, body, location, created_at)
                VALUES ($scope, $hash, $status, $type, $body, $location, $at)
                """,
                ("$scope", record.Scope), ("$hash", record.RequestHash), ("$status", record.Response.StatusCode),
                ("$type", record.Response.ContentType), ("$body", record.Response.Body), ("$location", record.Response.Location),
                ("$at", ToUnixMs(record.CreatedAt)));
            return upsert.ExecuteNonQuery();
        }, onConflict: 0);
}

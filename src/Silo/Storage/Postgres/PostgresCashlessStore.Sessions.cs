using Cashless.Grains.Interfaces.Idempotency;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

internal sealed partial class PostgresCashlessStore
{
    /// <summary>The cut-off and the live revoked tokens, read in one round trip.</summary>
    public async Task<SessionRecord> LoadSessionAsync(string userId, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var batch = _dataSource.CreateBatch();
        batch.BatchCommands.Add(PostgresSql.Statement("SELECT revoked_up_to, kept_token_id FROM session_cutoffs WHERE user_id = $1", userId));
        batch.BatchCommands.Add(PostgresSql.Statement(
            "SELECT token_id, expires_at FROM revoked_tokens WHERE user_id = $1 AND expires_at > $2", userId, ToUnixMs(now)));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var cutoff = await PostgresSql.ReadAllAsync(reader, row =>
            (UpTo: (DateTimeOffset?)StoreRows.FromUnixMs(row.GetInt64(0)), Kept: StoreRows.NullableString(row, 1)), ct);
        await reader.NextResultAsync(ct);
        var tokens = await PostgresSql.ReadAllAsync(reader, row => (Id: row.GetString(0), Expires: StoreRows.FromUnixMs(row.GetInt64(1))), ct);
        var (upTo, kept) = cutoff.FirstOrDefault();
        return new SessionRecord(upTo, kept, tokens.ToDictionary(t => t.Id, t => t.Expires));
    }

    public Task RevokeTokenAsync(string userId, string tokenId, DateTimeOffset expiresAt, CancellationToken ct = default) =>
        WriteAsync(new PostgresWrite().Add(
            "INSERT INTO revoked_tokens (token_id, user_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT (token_id) DO NOTHING",
            tokenId, userId, ToUnixMs(expiresAt)));

    public Task RevokeAllTokensAsync(string userId, DateTimeOffset upTo, string? keptTokenId, CancellationToken ct = default) =>
        WriteAsync(new PostgresWrite().Add(
            """
            INSERT INTO session_cutoffs (user_id, revoked_up_to, kept_token_id) VALUES ($1, $2, $3)
            ON CONFLICT (user_id) DO UPDATE SET revoked_up_to = excluded.revoked_up_to, kept_token_id = excluded.kept_token_id
            """,
            userId, ToUnixMs(upTo), keptTokenId));

    public async Task<int> DeleteRevokedTokensExpiredBeforeAsync(DateTimeOffset expiredBefore, int limit, CancellationToken ct = default) =>
        await ExecuteAsync(StoreQueries.DeleteRevokedTokensExpiredBefore(expiredBefore, limit)) ?? 0;

    public async Task<int> DeleteIdempotencyBeforeAsync(DateTimeOffset createdBefore, int limit, CancellationToken ct = default) =>
        await ExecuteAsync(StoreQueries.DeleteIdempotencyBefore(createdBefore, limit)) ?? 0;

    public Task<IdempotencyRecord?> GetIdempotencyAsync(string scope, CancellationToken ct = default) =>
        QuerySingleAsync(
            "SELECT request_hash, status_code, content_type, body, location, created_at FROM idempotency WHERE scope = $1",
            row => new IdempotencyRecord(
                scope, row.GetString(0),
                new IdempotentResponse(row.GetInt32(1), StoreRows.NullableString(row, 2), (byte[])row.GetValue(3), StoreRows.NullableString(row, 4)),
                StoreRows.FromUnixMs(row.GetInt64(5))),
            ct, scope);

    /// <summary>Replaces an older record of the same scope whole, as a key reused after its expiry.</summary>
    public Task SaveIdempotencyAsync(IdempotencyRecord record, CancellationToken ct = default) =>
        WriteAsync(new PostgresWrite().Add(
            """
            INSERT INTO idempotency (scope, request_hash, status_code, content_type, body, location, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (scope) DO UPDATE SET request_hash = excluded.request_hash, status_code = excluded.status_code,
                content_type = excluded.content_type, body = excluded.body, location = excluded.location, created_at = excluded.created_at
            """,
            record.Scope, record.RequestHash, record.Response.StatusCode, record.Response.ContentType, record.Response.Body,
            record.Response.Location, ToUnixMs(record.CreatedAt)));
}

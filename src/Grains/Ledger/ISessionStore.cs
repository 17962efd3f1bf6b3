namespace Cashless.Grains.Ledger;

public interface ISessionStore
{
    Task<SessionRecord> LoadSessionAsync(string userId, DateTimeOffset now, CancellationToken ct = default);

    Task RevokeTokenAsync(string userId, string tokenId, DateTimeOffset expiresAt, CancellationToken ct = default);

    Task RevokeAllTokensAsync(string userId, DateTimeOffset upTo, string? keptTokenId, CancellationToken ct = default);

    /// <summary>
    /// Deletes up to <paramref name="limit"/> revoked tokens that expired before <paramref name="expiredBefore"/> (they
    /// are refused as expired by then anyway); how many went.
    /// </summary>
    Task<int> DeleteRevokedTokensExpiredBeforeAsync(DateTimeOffset expiredBefore, int limit, CancellationToken ct = default);
}

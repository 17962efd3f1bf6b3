namespace Cashless.Grains.Ledger;

public interface ISessionStore
{
    Task<SessionRecord> LoadSessionAsync(string userId, DateTimeOffset now, CancellationToken ct = default);

    Task RevokeTokenAsync(string userId, string tokenId, DateTimeOffset expiresAt, CancellationToken ct = default);

    Task RevokeAllTokensAsync(string userId, DateTimeOffset upTo, string? keptTokenId, CancellationToken ct = default);
}

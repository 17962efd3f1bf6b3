using Orleans.Concurrency;

namespace Cashless.Grains.Interfaces.Sessions;

/// <summary>
/// The revocation list of one user's tokens, keyed by user id. It lives in a grain backed by storage, so every
/// node of the cluster refuses a revoked token the same way.
/// </summary>
[Alias("Cashless.ISessionGrain")]
public interface ISessionGrain : IGrainWithStringKey
{
    [AlwaysInterleave, Alias("IsRevoked")]
    Task<bool> IsRevoked(string tokenId, DateTimeOffset issuedAt);

    [Alias("Revoke")]
    Task Revoke(string tokenId, DateTimeOffset expiresAt);

    /// <summary>Refuses every token issued up to now, except <paramref name="keepTokenId"/> when given.</summary>
    [Alias("RevokeAll")]
    Task RevokeAll(string? keepTokenId);
}

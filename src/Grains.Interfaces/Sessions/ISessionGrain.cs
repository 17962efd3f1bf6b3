using Cashless.Grains.Interfaces.Accounts;
using Orleans.Concurrency;

namespace Cashless.Grains.Interfaces.Sessions;

/// <summary>
/// The revocation list of one user's tokens and the user's current role and status, keyed by user id. It lives in a
/// grain backed by storage, so every node of the cluster judges a token the same way, and the account grain tells it
/// of every change of role or status, so no request needs a database read to learn them.
/// </summary>
[Alias("Cashless.ISessionGrain")]
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Whether this token is revoked, and what its user is now.</summary>
    [AlwaysInterleave, Alias("Check")]
    Task<SessionAccess> Check(string tokenId, DateTimeOffset issuedAt);

    [Alias("Revoke")]
    Task Revoke(string tokenId, DateTimeOffset expiresAt);

    /// <summary>Refuses every token issued up to now, except <paramref name="keepTokenId"/> when given.</summary>
    [Alias("RevokeAll")]
    Task RevokeAll(string? keepTokenId);

    /// <summary>The account's role or status changed (called by the account grain once the change is durable).</summary>
    [Alias("AccessChanged")]
    Task AccessChanged(AccountRole role, AccountStatus status);
}

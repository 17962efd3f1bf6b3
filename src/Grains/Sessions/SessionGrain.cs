using Cashless.Grains.Interfaces.Sessions;
using Cashless.Grains.Ledger;

namespace Cashless.Grains.Sessions;

internal sealed class SessionGrain(ISessionStore store, TimeProvider clock) : Grain, ISessionGrain
{
    private SessionRecord _session = new(null, null, new Dictionary<string, DateTimeOffset>());

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _session = await store.LoadSessionAsync(this.GetPrimaryKeyString(), clock.GetUtcNow(), cancellationToken);

    public Task<bool> IsRevoked(string tokenId, DateTimeOffset issuedAt)
    {
        var revoked = _session.RevokedTokens.ContainsKey(tokenId)
            || (_session.RevokedUpTo is { } upTo && issuedAt <= upTo && tokenId != _session.KeptTokenId);
        return Task.FromResult(revoked);
    }

    public async Task Revoke(string tokenId, DateTimeOffset expiresAt)
    {
        await store.RevokeTokenAsync(this.GetPrimaryKeyString(), tokenId, expiresAt);
        var revoked = new Dictionary<string, DateTimeOffset>(_session.RevokedTokens) { [tokenId] = expiresAt };
        _session = _session with { RevokedTokens = revoked };
    }

    public async Task RevokeAll(string? keepTokenId)
    {
        var now = clock.GetUtcNow();
        await store.RevokeAllTokensAsync(this.GetPrimaryKeyString(), now, keepTokenId);
        _session = _session with { RevokedUpTo = now, KeptTokenId = keepTokenId };
    }
}

using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Sessions;
using Cashless.Grains.Ledger;

namespace Cashless.Grains.Sessions;

internal sealed class SessionGrain(ISessionStore store, IUserStore users, TimeProvider clock) : Grain, ISessionGrain
{
    private SessionRecord _session = new(null, null, new Dictionary<string, DateTimeOffset>());
    private AccountRole? _role;
    private AccountStatus _status;

    private string UserId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _session = await store.LoadSessionAsync(UserId, clock.GetUtcNow(), cancellationToken);
        if (await users.GetUserAsync(UserId, cancellationToken) is { } user)
        {
            _role = user.Role;
            _status = user.Status;
        }
    }

    public Task<SessionAccess> Check(string tokenId, DateTimeOffset issuedAt)
    {
        var revoked = _session.RevokedTokens.ContainsKey(tokenId)
            || (_session.RevokedUpTo is { } upTo && issuedAt <= upTo && tokenId != _session.KeptTokenId);
        return Task.FromResult(new SessionAccess(revoked, _role, _status));
    }

    public async Task Revoke(string tokenId, DateTimeOffset expiresAt)
    {
        await store.RevokeTokenAsync(UserId, tokenId, expiresAt);
        var revoked = new Dictionary<string, DateTimeOffset>(_session.RevokedTokens) { [tokenId] = expiresAt };
        _session = _session with { RevokedTokens = revoked };
    }

    public async Task RevokeAll(string? keepTokenId)
    {
        var now = clock.GetUtcNow();
        await store.RevokeAllTokensAsync(UserId, now, keepTokenId);
        _session = _session with { RevokedUpTo = now, KeptTokenId = keepTokenId };
    }

    public Task AccessChanged(AccountRole role, AccountStatus status)
    {
        _role = role;
        _status = status;
        return Task.CompletedTask;
    }
}

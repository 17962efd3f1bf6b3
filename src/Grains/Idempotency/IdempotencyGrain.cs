using Cashless.Grains.Interfaces.Idempotency;
using Cashless.Grains.Ledger;
using Microsoft.Extensions.Options;

namespace Cashless.Grains.Idempotency;

/// <summary>
/// Decides, for one user's key, whether a request runs, replays its first answer, or is refused. The running
/// attempt is known only in memory (one activation in the cluster decides) and holds the key for a lease only, so a
/// front that died mid-request does not leave its key "in progress" for good; the answer is kept in storage.
/// Money itself never depends on this grain alone: the key also reaches the account grain as an operation id.
/// </summary>
internal sealed class IdempotencyGrain(IIdempotencyStore store, TimeProvider clock, IOptions<IdempotencyOptions> options)
    : Grain, IIdempotencyGrain
{
    private IdempotencyRecord? _record;
    private string? _runningHash;
    private DateTimeOffset _runningSince;

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _record = await store.GetIdempotencyAsync(this.GetPrimaryKeyString(), cancellationToken);

    public Task<IdempotencyClaim> Begin(string requestHash)
    {
        var now = clock.GetUtcNow();
        if (_record is not null && now - _record.CreatedAt > options.Value.Retention)
        {
            _record = null;
        }

        if (_runningHash is not null && now - _runningSince >= options.Value.Lease)
        {
            _runningHash = null;
        }

        var claim = (_record, _runningHash) switch
        {
            ({ } done, _) when done.RequestHash == requestHash => new IdempotencyClaim(IdempotencyClaimKind.Replay, done.Response),
            ({ }, _) => new IdempotencyClaim(IdempotencyClaimKind.KeyReused, null),
            (null, { } running) when running == requestHash => new IdempotencyClaim(IdempotencyClaimKind.InProgress, null),
            (null, { }) => new IdempotencyClaim(IdempotencyClaimKind.KeyReused, null),
            (null, null) => new IdempotencyClaim(IdempotencyClaimKind.Started, null),
        };
        if (claim.Kind == IdempotencyClaimKind.Started)
        {
            (_runningHash, _runningSince) = (requestHash, now);
        }

        return Task.FromResult(claim);
    }

    public async Task Complete(string requestHash, IdempotentResponse response)
    {
        if (_runningHash != requestHash)
        {
            return;
        }

        var record = new IdempotencyRecord(this.GetPrimaryKeyString(), requestHash, response, clock.GetUtcNow());
        await store.SaveIdempotencyAsync(record);
        (_record, _runningHash) = (record, null);

        // One activation per key would otherwise stay in memory until Orleans collects idle grains, minutes later:
        // at 1,000 keyed requests/s, hundreds of thousands of them. A replay is rare and reloads the answer.
        DeactivateOnIdle();
    }

    public Task Abandon(string requestHash)
    {
        if (_runningHash == requestHash)
        {
            _runningHash = null;
        }

        return Task.CompletedTask;
    }
}

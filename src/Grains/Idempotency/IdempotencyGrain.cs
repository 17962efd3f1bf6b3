using Cashless.Grains.Interfaces.Idempotency;
using Cashless.Grains.Ledger;

namespace Cashless.Grains.Idempotency;

/// <summary>
/// Decides, for one user's key, whether a request runs, replays its first answer, or is refused. The running
/// attempt is known only in memory (one activation in the cluster decides); the answer is kept in storage.
/// Money itself never depends on this grain alone: the key also reaches the account grain as an operation id.
/// </summary>
internal sealed class IdempotencyGrain(IIdempotencyStore store, TimeProvider clock) : Grain, IIdempotencyGrain
{
    internal static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private IdempotencyRecord? _record;
    private string? _runningHash;

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _record = await store.GetIdempotencyAsync(this.GetPrimaryKeyString(), cancellationToken);

    public Task<IdempotencyClaim> Begin(string requestHash)
    {
        if (_record is not null && clock.GetUtcNow() - _record.CreatedAt > Retention)
        {
            _record = null;
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
            _runningHash = requestHash;
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

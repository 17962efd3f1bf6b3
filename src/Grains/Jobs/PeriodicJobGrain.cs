using Cashless.Grains.Interfaces.Jobs;

namespace Cashless.Grains.Jobs;

/// <summary>
/// Remembers when its job last ran and until when the running pass holds it, in memory only: after a silo failure the
/// next tick simply runs a pass, which a periodic job must tolerate anyway.
/// </summary>
internal sealed class PeriodicJobGrain(TimeProvider clock) : Grain, IPeriodicJobGrain
{
    // Timers of different silos tick at different moments: a tick slightly early must not skip a whole interval.
    private const double EarlyTickAllowance = 0.9;

    private DateTimeOffset? _lastClaim;
    private DateTimeOffset? _heldUntil;

    public Task<bool> TryClaim(TimeSpan interval, TimeSpan lease)
    {
        var now = clock.GetUtcNow();
        if ((_heldUntil is { } held && now < held) || (_lastClaim is { } last && now - last < interval * EarlyTickAllowance))
        {
            return Task.FromResult(false);
        }

        _lastClaim = now;
        _heldUntil = now + lease;
        return Task.FromResult(true);
    }

    public Task Finish()
    {
        _heldUntil = null;
        return Task.CompletedTask;
    }
}

using Cashless.Grains.Interfaces.Jobs;

namespace Cashless.Grains.Jobs;

/// <summary>
/// Remembers when its job last ran, in memory only: after a silo failure the next tick simply runs a pass, which a
/// periodic job must tolerate anyway.
/// </summary>
internal sealed class PeriodicJobGrain(TimeProvider clock) : Grain, IPeriodicJobGrain
{
    // Timers of different fronts tick at different moments: a tick slightly early must not skip a whole interval.
    private const double EarlyTickAllowance = 0.9;

    private DateTimeOffset? _lastClaim;

    public Task<bool> TryClaim(TimeSpan interval)
    {
        var now = clock.GetUtcNow();
        if (_lastClaim is { } last && now - last < interval * EarlyTickAllowance)
        {
            return Task.FromResult(false);
        }

        _lastClaim = now;
        return Task.FromResult(true);
    }
}

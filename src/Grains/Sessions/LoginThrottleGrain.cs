using Cashless.Grains.Interfaces.Sessions;

namespace Cashless.Grains.Sessions;

/// <summary>
/// After <see cref="FreeFailures"/> failed logins in a row, each further try must wait <see cref="Lockout"/> after
/// the last failure. Kept in memory only: a silo restart forgiving a few failures is harmless.
/// </summary>
internal sealed class LoginThrottleGrain(TimeProvider clock) : Grain, ILoginThrottleGrain
{
    internal const int FreeFailures = 5;
    internal static readonly TimeSpan Lockout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Forget = TimeSpan.FromMinutes(15);

    private int _failures;
    private DateTimeOffset _lastFailure;

    public Task<TimeSpan?> RetryAfter()
    {
        var now = clock.GetUtcNow();
        if (now - _lastFailure > Forget)
        {
            _failures = 0;
        }

        var wait = _lastFailure + Lockout - now;
        return Task.FromResult<TimeSpan?>(_failures >= FreeFailures && wait > TimeSpan.Zero ? wait : null);
    }

    public Task RecordFailure()
    {
        _failures++;
        _lastFailure = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task RecordSuccess()
    {
        _failures = 0;
        return Task.CompletedTask;
    }
}

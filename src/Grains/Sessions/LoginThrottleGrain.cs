using Cashless.Grains.Interfaces.Sessions;

namespace Cashless.Grains.Sessions;

/// <summary>
/// Per client address, at most <see cref="FreeTries"/> failed or running checks; beyond that the address waits
/// <see cref="Lockout"/> after its last failure and then gets one check at a time. Guesses from one address never
/// lock out another, so the owner is not kept out by someone else's guesses. When many addresses fail against the
/// same e-mail (<see cref="DistributedFailures"/> in <see cref="Forget"/>), each address gets one free try instead.
/// Kept in memory only: a silo restart forgiving a few failures is harmless.
/// </summary>
internal sealed class LoginThrottleGrain(TimeProvider clock) : Grain, ILoginThrottleGrain
{
    internal const int FreeTries = 5;
    internal const int DistributedFailures = 20;
    internal const int MaxAddresses = 1_000;
    internal static readonly TimeSpan Lockout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Forget = TimeSpan.FromMinutes(15);

    /// <summary>A check still "running" this long after it began was lost with its front; it no longer counts.</summary>
    private static readonly TimeSpan LostAfter = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan Busy = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Tries> _addresses = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recentFailures = new();

    public Task<TimeSpan?> TryBegin(string clientAddress)
    {
        var now = clock.GetUtcNow();
        Prune(now);
        if (!_addresses.TryGetValue(clientAddress, out var tries))
        {
            if (_addresses.Count >= MaxAddresses)
            {
                return Task.FromResult<TimeSpan?>(Lockout);
            }

            tries = new Tries();
            _addresses[clientAddress] = tries;
        }

        var wait = tries.WaitBeforeNext(now, _recentFailures.Count >= DistributedFailures ? 1 : FreeTries);
        if (wait is null)
        {
            tries.Running++;
            tries.LastBegun = now;
        }

        return Task.FromResult(wait);
    }

    public Task Finish(string clientAddress, LoginAttemptResult result)
    {
        if (!_addresses.TryGetValue(clientAddress, out var tries))
        {
            return Task.CompletedTask;
        }

        tries.Running = Math.Max(0, tries.Running - 1);
        var now = clock.GetUtcNow();
        switch (result)
        {
            case LoginAttemptResult.Succeeded:
                _addresses.Remove(clientAddress);
                break;
            case LoginAttemptResult.Failed:
                tries.Failures++;
                tries.LastFailure = now;
                _recentFailures.Enqueue(now);
                break;
        }

        return Task.CompletedTask;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_recentFailures.TryPeek(out var oldest) && now - oldest > Forget)
        {
            _recentFailures.Dequeue();
        }

        foreach (var (address, tries) in _addresses)
        {
            if (tries.Running > 0 && now - tries.LastBegun > LostAfter)
            {
                tries.Running = 0;
            }

            if (tries.Running == 0 && now - tries.LastFailure > Forget)
            {
                _addresses.Remove(address);
            }
        }
    }

    private sealed class Tries
    {
        public int Failures { get; set; }

        public int Running { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        public DateTimeOffset LastBegun { get; set; }

        /// <summary>Null when one more check may start now.</summary>
        public TimeSpan? WaitBeforeNext(DateTimeOffset now, int freeTries)
        {
            if (Failures + Running < freeTries)
            {
                return null;
            }

            if (Failures < freeTries)
            {
                return Busy; // the free tries are all running: wait for their verdicts
            }

            var locked = LastFailure + Lockout - now;
            if (locked > TimeSpan.Zero)
            {
                return locked;
            }

            return Running == 0 ? null : Busy;
        }
    }
}

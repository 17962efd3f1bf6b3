using System.Diagnostics;

namespace Cashless.TestSupport;

/// <summary>Waits on a condition with a deadline, never on luck: polls often at first, then every 100 ms.</summary>
public static class Eventually
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns how long <paramref name="condition"/> took to hold; throws a <see cref="TimeoutException"/> naming <paramref name="what"/> after <paramref name="deadline"/>.</summary>
    public static async Task<TimeSpan> True(Func<Task<bool>> condition, TimeSpan deadline, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        var pause = FirstPause;
        while (!await condition())
        {
            if (clock.Elapsed > deadline)
            {
                throw new TimeoutException($"{what}: not within {deadline.TotalSeconds:0.#} s");
            }

            await Task.Delay(pause);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }

        return clock.Elapsed;
    }

    /// <summary>The first value of <paramref name="probe"/> that is <paramref name="done"/>, within <paramref name="deadline"/>.</summary>
    public static async Task<T> Returns<T>(Func<T> probe, Func<T, bool> done, TimeSpan deadline, string what)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        T value = default!;
        await True(() =>
        {
            value = probe();
            return Task.FromResult(done(value));
        }, deadline, what);
        return value;
    }
}

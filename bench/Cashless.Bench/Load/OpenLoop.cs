using System.Diagnostics;

namespace Cashless.Bench.Load;

/// <summary>
/// Open-loop arrivals: item i is due at start + i / rate whatever happened to earlier ones, and is handed its intended
/// time so latency is measured from when it should have left, not from when a busy client got round to it (no
/// coordinated omission). A late scheduler shows up as send lag, never as a quieter server.
/// </summary>
internal static class OpenLoop
{
    private static readonly TimeSpan Lead = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan HalfTick = TimeSpan.FromMilliseconds(0.5);

    /// <summary>Sends every item (with its index) at its slot; returns the slot timestamp of item 0 once all have finished.</summary>
    public static async Task<long> RunAsync<T>(IReadOnlyList<T> items, double ratePerSecond,
        Func<T, int, long, Task> send, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(send);
        var interval = Stopwatch.Frequency / ratePerSecond;
        var start = Stopwatch.GetTimestamp() + (long)(Lead.TotalSeconds * Stopwatch.Frequency);
        var running = new Task[items.Count];
        var next = 0;
        while (next < items.Count)
        {
            ct.ThrowIfCancellationRequested();
            var now = Stopwatch.GetTimestamp();
            for (; next < items.Count && Due(start, interval, next) <= now; next++)
            {
                var (item, index, intended) = (items[next], next, Due(start, interval, next));
                running[next] = Task.Run(() => send(item, index, intended), CancellationToken.None);
            }

            if (next < items.Count)
            {
                await WaitUntilAsync(Due(start, interval, next), ct);
            }
        }

        await Task.WhenAll(running);
        return start;
    }

    public static long Due(long start, double interval, int index) => start + (long)(index * interval);

    /// <summary>
    /// Sleeps until about <paramref name="timestamp"/>, never spinning. Timers tick about once a millisecond, so a slot
    /// closer than that is sent at the next tick, up to a millisecond or two late; that lateness is counted in the
    /// latency (and shows as send lag). Spinning instead (Task.Yield until due) kept one of the machine's two cores busy
    /// from about 700 requests/s on, which the server then lacked.
    /// </summary>
    private static async Task WaitUntilAsync(long timestamp, CancellationToken ct)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait > Tick ? wait - HalfTick : Tick, ct);
        }
    }
}

using System.Diagnostics;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>Waits on a condition with a deadline, never on luck.</summary>
internal static class Eventually
{
    public static async Task<TimeSpan> True(Func<Task<bool>> condition, TimeSpan deadline, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            if (clock.Elapsed > deadline)
            {
                throw new TimeoutException($"{what}: not within {deadline.TotalSeconds:0.#} s");
            }

            await Task.Delay(100);
        }
    }
}

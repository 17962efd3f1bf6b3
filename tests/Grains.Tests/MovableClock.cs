namespace Cashless.Grains.Tests;

/// <summary>
/// The silo's clock: the real one plus an offset a test moves forward and puts back, so timers and delays still run on
/// real time while <see cref="GetUtcNow"/> reads as late as the test needs.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}

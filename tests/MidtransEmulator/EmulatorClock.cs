namespace Cashless.MidtransEmulator;

/// <summary>
/// Wall-clock time plus an offset that scenarios can push forward (<c>POST /_emulator/clock/advance</c>),
/// so expiry can be exercised without waiting.
/// </summary>
public sealed class EmulatorClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() =>
        System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Now, truncated to whole seconds, because Midtrans timestamps carry no fractions.</summary>
    public DateTimeOffset UtcNowToSecond()
    {
        var now = GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}

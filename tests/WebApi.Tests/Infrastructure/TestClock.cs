namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// The application's clock, moved by the test: the real clock plus an offset, so time still passes (timers and
/// delays are the system's) while <see cref="GetUtcNow"/> reads whatever instant the test jumped to.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void JumpTo(DateTimeOffset instant) => Interlocked.Exchange(ref _offsetTicks, (instant - System.GetUtcNow()).Ticks);
}

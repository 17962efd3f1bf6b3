using Cashless.WebApi.Auth;

namespace Cashless.WebApi.Tests.Auth;

public sealed class HashingThreadsTests
{
    [Fact]
    public async Task RunAsync_OnLinux_RunsAtTheLowestPriority()
    {
        using var threads = new HashingThreads(1, 8);

        // Field 19 of a thread's stat line is its nice value; the name before it has no spaces here.
        var nice = await threads.RunAsync(() => File.ReadAllText("/proc/thread-self/stat").Split(' ')[18], CancellationToken.None);

        Assert.Equal("19", nice);
    }

    [Fact]
    public async Task RunAsync_WorkThrows_FaultsOnlyThatTask()
    {
        using var threads = new HashingThreads(1, 8);

        await Assert.ThrowsAsync<InvalidOperationException>(() => threads.RunAsync<int>(() => throw new InvalidOperationException(), CancellationToken.None));
        Assert.Equal(42, await threads.RunAsync(() => 42, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_QueueFull_RefusesAtOnceAndRunsWhatWasQueued()
    {
        using var threads = new HashingThreads(1, 1);
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var running = threads.RunAsync(() => Hold(started, release), CancellationToken.None);
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        var queued = threads.RunAsync(() => 7, CancellationToken.None);

        await Assert.ThrowsAsync<HashingQueueFullException>(() => threads.RunAsync(() => 8, CancellationToken.None));
        release.Set();
        Assert.True(await running);
        Assert.Equal(7, await queued);
    }

    [Fact]
    public async Task RunAsync_CallerGoneBeforeItsTurn_IsDroppedUnrun()
    {
        using var threads = new HashingThreads(1, 4);
        using var release = new ManualResetEventSlim();
        using var gone = new CancellationTokenSource();
        var ran = false;
        var running = threads.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), CancellationToken.None);
        var dropped = threads.RunAsync(() => ran = true, gone.Token);

        await gone.CancelAsync();
        release.Set();
        await running;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dropped);
        Assert.False(ran);
    }

    private static bool Hold(ManualResetEventSlim started, ManualResetEventSlim release)
    {
        started.Set();
        return release.Wait(TimeSpan.FromSeconds(30));
    }
}

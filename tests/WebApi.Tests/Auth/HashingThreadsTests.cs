using Cashless.WebApi.Auth;

namespace Cashless.WebApi.Tests.Auth;

public sealed class HashingThreadsTests
{
    [Fact]
    public async Task RunAsync_OnLinux_RunsAtTheLowestPriority()
    {
        using var threads = new HashingThreads(1);

        // Field 19 of a thread's stat line is its nice value; the name before it has no spaces here.
        var nice = await threads.RunAsync(() => File.ReadAllText("/proc/thread-self/stat").Split(' ')[18], CancellationToken.None);

        Assert.Equal("19", nice);
    }

    [Fact]
    public async Task RunAsync_WorkThrows_FaultsOnlyThatTask()
    {
        using var threads = new HashingThreads(1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => threads.RunAsync<int>(() => throw new InvalidOperationException(), CancellationToken.None));
        Assert.Equal(42, await threads.RunAsync(() => 42, CancellationToken.None));
    }
}

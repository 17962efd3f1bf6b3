using Xunit;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// A class fixture: one cluster shared by the tests of a class that leave it running (started on first use, because a
/// class fixture cannot be handed the collection's servers). Each test still makes its own users and money.
/// </summary>
public sealed class SharedCluster : IAsyncLifetime
{
    private readonly Lock _lock = new();
    private Task<(TestCluster Cluster, NodeProcess[] Nodes)>? _started;

    public async Task<(TestCluster Cluster, NodeProcess[] Nodes)> GetAsync(ClusterServices services, params (string Name, NodeKind Kind)[] nodes)
    {
        Task<(TestCluster Cluster, NodeProcess[] Nodes)> started;
        lock (_lock)
        {
            started = _started ??= StartAsync(services, nodes);
        }

        try
        {
            return await started;
        }
        catch
        {
            lock (_lock)
            {
                // The next test tries again rather than inheriting a failed start.
                _started = ReferenceEquals(_started, started) ? null : _started;
            }

            throw;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 disposes class fixtures through IAsyncLifetime (IAsyncDisposable alone is never called).
    public async Task DisposeAsync()
    {
        if (_started is { IsCompletedSuccessfully: true } started)
        {
            await started.Result.Cluster.DisposeAsync();
        }
    }

    private static async Task<(TestCluster Cluster, NodeProcess[] Nodes)> StartAsync(ClusterServices services, (string Name, NodeKind Kind)[] nodes)
    {
        var cluster = await TestCluster.CreateAsync(services);
        try
        {
            return (cluster, await cluster.StartAsync(nodes));
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }
}

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// A class fixture: one cluster shared by the tests of a class that leave it running (started on first use, because a
/// class fixture cannot be handed the collection's servers). Each test still makes its own users and money.
/// </summary>
public sealed class SharedCluster : IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private TestCluster? _cluster;
    private NodeProcess[] _nodes = [];

    public async Task<(TestCluster Cluster, NodeProcess[] Nodes)> GetAsync(ClusterServices services, params (string Name, NodeKind Kind)[] nodes)
    {
        await _starting.WaitAsync();
        try
        {
            if (_cluster is null)
            {
                var cluster = await TestCluster.CreateAsync(services);
                try
                {
                    _nodes = await cluster.StartAsync(nodes);
                }
                catch
                {
                    await cluster.DisposeAsync();
                    throw;
                }

                _cluster = cluster;
            }

            return (_cluster, _nodes);
        }
        finally
        {
            _starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _starting.Dispose();
    }
}

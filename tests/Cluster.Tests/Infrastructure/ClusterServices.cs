using Cashless.Storage.Tests;
using Xunit;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// The servers every cluster test shares, started once: one Redis (membership) and one PostgreSQL (each cluster gets
/// a database of its own, and a service id of its own in Redis).
/// </summary>
public sealed class ClusterServices : IAsyncLifetime
{
    private RedisServer? _redis;

    public PostgresServer Postgres { get; } = new();

    public RedisServer Redis => _redis ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Postgres.InitializeAsync(), StartRedisAsync());
    }

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        await Postgres.DisposeAsync();
    }

    private async Task StartRedisAsync() => _redis = await RedisServer.StartAsync();
}

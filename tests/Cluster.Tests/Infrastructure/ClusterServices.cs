using Cashless.Storage.Tests;
using Cashless.TestMachine;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// The servers every cluster test shares, started once: one Redis (membership) and one PostgreSQL (each cluster gets
/// a database of its own, and a service id of its own in Redis).
/// </summary>
public sealed class ClusterServices(IMessageSink diagnostics) : IAsyncLifetime
{
    private RedisServer? _redis;

    public PostgresServer Postgres { get; } = new(diagnostics);

    /// <summary>The Redis; without one, the asking test is skipped (or fails under CI).</summary>
    public RedisServer Redis
    {
        get
        {
            if (_redis is null)
            {
                MachinePackage.RedisServer.Require();
            }

            return _redis ?? throw new InvalidOperationException("not started");
        }
    }

    /// <summary>Skips the running test (fails it under CI) unless both Redis and PostgreSQL are there.</summary>
    public void RequireServers()
    {
        _ = Redis;
        Postgres.Require();
    }

    public async Task InitializeAsync()
    {
        // Redis may come from CASHLESS_TEST_REDIS instead (and PostgreSQL, which says so itself, from CASHLESS_TEST_POSTGRES).
        foreach (var package in (MachinePackage[])[MachinePackage.Nginx, MachinePackage.DockerCompose])
        {
            package.Announce(diagnostics);
        }

        if (!RedisServer.IsConfigured)
        {
            MachinePackage.RedisServer.Announce(diagnostics);
        }

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

    private async Task StartRedisAsync()
    {
        if (RedisServer.IsConfigured || MachinePackage.RedisServer.IsInstalled)
        {
            _redis = await RedisServer.StartAsync();
        }
    }
}

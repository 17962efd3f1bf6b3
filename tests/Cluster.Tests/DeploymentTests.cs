using Cashless.Cluster.Tests.Infrastructure;
using Xunit;

namespace Cashless.Cluster.Tests;

/// <summary>
/// docker-compose.yml cannot be started here (no Docker engine), so it is checked offline, and its services are the
/// processes the other tests run: the same executables with the same settings (hosts and ports aside).
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class DeploymentTests(ClusterServices services)
{
    /// <summary>Settings only the tests change: cheaper password hashing, to register many users fast.</summary>
    private static readonly HashSet<string> TestOnly = ["PasswordHasher__IterationCount"];

    [SkippableFact]
    public async Task Compose_IsValidAndItsNodesHaveTheSettingsTheTestsRunWith()
    {
        var compose = await ComposeFile.ServicesAsync();
        await using var cluster = await TestCluster.CreateAsync(services);

        Assert.Equal(["mongo", "postgres", "proxy", "redis", "silo-1", "silo-2", "webapi-1", "webapi-2"], compose.Keys.Order());
        foreach (var (name, (image, environment)) in compose.Where(service => service.Value.Image?.StartsWith("cashless-", StringComparison.Ordinal) == true))
        {
            var kind = image == "cashless-webapi" ? NodeKind.Front : NodeKind.Silo;
            var tested = cluster.Environment(kind, TestCluster.DefaultClusterId).Keys.Where(key => !TestOnly.Contains(key)).Order();
            Assert.True(tested.SequenceEqual(environment.Order()),
                $"{name}: compose sets [{string.Join(", ", environment.Order())}], the tests [{string.Join(", ", tested)}]");
        }

        Assert.Equal(4, compose.Count(service => service.Value.Image?.StartsWith("cashless-", StringComparison.Ordinal) == true));
    }
}

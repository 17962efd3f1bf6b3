using Cashless.Cluster.Tests.Infrastructure;
using Xunit;

namespace Cashless.Cluster.Tests;

/// <summary>A configuration that cannot work as a cluster stops the process at start, saying why.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class StartupTests(ClusterServices services)
{
    [SkippableTheory]
    [InlineData(NodeKind.Silo)]
    [InlineData(NodeKind.Front)]
    public async Task RedisMode_WithSqlite_FailsAtStartWithTheReason(NodeKind kind)
    {
        await using var cluster = await TestCluster.CreateAsync(services);
        var node = cluster.Launch("misconfigured", kind, environment =>
        {
            environment["Storage__Provider"] = "Sqlite";
            environment["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"cashless-{Guid.NewGuid():N}.db")}";
        });

        Assert.NotEqual(0, await node.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("Cluster:Mode=Redis needs Storage:Provider=Postgres", node.Output(), StringComparison.Ordinal);
    }
}

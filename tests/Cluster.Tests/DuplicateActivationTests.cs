using Cashless.Cluster.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.Cluster.Tests;

/// <summary>
/// Two clusters that do not know each other (one membership each) but share a service id and one database: each
/// activates the same accounts, as Orleans can briefly do during a membership change. The store's version check
/// must refuse the stale writer every time, so no money is lost or doubled.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class DuplicateActivationTests(ClusterServices services, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task SameAccounts_ActiveInTwoClustersOnOneDatabase_StaleWritesAreRefusedAndLedgerIsExact()
    {
        await using var cluster = await TestCluster.CreateAsync(services);
        var a = (await cluster.StartAsync("cluster-a", ("front-a", NodeKind.Front))).Single();
        var b = (await cluster.StartAsync("cluster-b", ("front-b", NodeKind.Front))).Single();
        using var frontA = new ApiClient(a.BaseAddress, a.Name);
        using var frontB = new ApiClient(b.BaseAddress, b.Name);
        var admin = await Community.AdminToken(frontA);
        var buyers = await Community.Open(frontA, admin, "buyer", 4, topUp: 1_000_000);
        var sellers = await Community.Open(frontA, admin, "seller", 1, topUp: 0);

        // Every buyer (and the one seller) gets an activation in each cluster, then both pay from them at once.
        var load = new PaymentLoad([frontA, frontB], buyers, sellers, amount: 1_000);
        await load.RunCountAsync(workers: 8, count: 300);

        var refused = await frontA.Metric("cashless_store_commits_total", "outcome=\"refused\"")
            + await frontB.Metric("cashless_store_commits_total", "outcome=\"refused\"");
        output.WriteLine($"{refused} stale writes refused by the store; {load.Answers.Count} payments decided, {load.IndefiniteAt.Count} resent");
        Assert.True(refused > 0, "no duplicate activation was provoked: nothing was refused");
        await LedgerAudit.AssertExact(cluster.Database, load.Answers, buyers, sellers);
    }
}

using System.Diagnostics;
using Cashless.Cluster.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.Cluster.Tests;

/// <summary>A silo started while payments run joins the cluster and takes grains, and no payment is lost or doubled.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class ScaleOutTests(ClusterServices services, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task ThirdSilo_StartedUnderLoad_TakesGrainsAndBalancesStayExact()
    {
        await using var cluster = await TestCluster.CreateAsync(services);
        var nodes = await cluster.StartAsync(("front-1", NodeKind.Front), ("front-2", NodeKind.Front));
        using var front1 = new ApiClient(nodes[0].BaseAddress, nodes[0].Name);
        using var front2 = new ApiClient(nodes[1].BaseAddress, nodes[1].Name);
        var admin = await Community.AdminToken(front1);
        var early = await Community.Open(front1, admin, "buyer", 6, topUp: 1_000_000);
        var sellers = await Community.Open(front2, admin, "seller", 2, topUp: 0);

        var load = new PaymentLoad([front1, front2], early, sellers, amount: 1_000);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(workers: 6, stop.Token);

        var joining = Stopwatch.StartNew();
        var silo = (await cluster.StartAsync(("silo-3", NodeKind.Silo))).Single();
        output.WriteLine($"silo-3 Active and ready {joining.Elapsed.TotalSeconds:0.0} s after its start, under load");
        using var siloApi = new ApiClient(silo.BaseAddress, silo.Name);

        // Accounts opened from now on activate on any of the three silos (random placement), the new one included;
        // the load's keyed requests keep making new activations too. Twenty accounts: all missing it is (2/3)^20.
        var late = await Community.Open(front2, admin, "buyer", 20, topUp: 1_000_000);
        var lateLoad = new PaymentLoad([front2, front1], late, sellers, amount: 1_000);
        await lateLoad.RunCountAsync(workers: 4, count: 120);
        await Eventually.True(async () => await siloApi.Metric("cashless_store_commits_total", "outcome=\"committed\"") > 0,
            TimeSpan.FromSeconds(20), "commits by grains on silo-3");
        await stop.CancelAsync();
        await running;

        var accounts = await siloApi.Metric("orleans_catalog_activations", "grain_type=\"account\"");
        var commits = await siloApi.Metric("cashless_store_commits_total", "outcome=\"committed\"");
        output.WriteLine($"silo-3 holds {accounts} account grains and committed {commits} writes; " +
            $"{load.Answers.Count + lateLoad.Answers.Count} payments decided, {load.IndefiniteAt.Count + lateLoad.IndefiniteAt.Count} resent");
        Assert.True(accounts > 0, "no account grain on the silo that joined");
        await LedgerAudit.AssertExact(cluster.Database, [.. load.Answers, .. lateLoad.Answers], [.. early, .. late], sellers);
    }
}

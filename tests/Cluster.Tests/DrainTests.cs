using Cashless.Cluster.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.Cluster.Tests;

/// <summary>A front silo stopped (SIGTERM) under load answers every request it took before it exits.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class DrainTests(ClusterServices services, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task FrontSilo_StoppedUnderLoad_AnswersEveryRequestItTook()
    {
        await using var cluster = await TestCluster.CreateAsync(services);
        var nodes = await cluster.StartAsync(("front-1", NodeKind.Front), ("front-2", NodeKind.Front));
        using var front1 = new ApiClient(nodes[0].BaseAddress, nodes[0].Name);
        using var front2 = new ApiClient(nodes[1].BaseAddress, nodes[1].Name);
        var admin = await Community.AdminToken(front1);
        var buyers = await Community.Open(front1, admin, "buyer", 8, topUp: 1_000_000);
        var sellers = await Community.Open(front1, admin, "seller", 2, topUp: 0);

        var load = new PaymentLoad([front2, front1], buyers, sellers, amount: 1_000);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(workers: 8, stop.Token);
        await Eventually.True(() => Task.FromResult(load.Answers.Count >= 100), TimeSpan.FromSeconds(60), "100 payments decided");

        var drain = await nodes[1].StopAsync();
        var stoppedAt = load.Answers.Count;
        await Eventually.True(() => Task.FromResult(load.Answers.Count >= stoppedAt + 100), TimeSpan.FromSeconds(60), "100 more on front-1");
        await stop.CancelAsync();
        await running;

        var lost = load.Answers.Where(answer => answer.LostEarlier).Select(answer => answer.Key).ToList();
        output.WriteLine($"front-2 exited with {nodes[1].ExitCode} {drain.TotalSeconds:0.0} s after SIGTERM; " +
            $"{load.Answers.Count} payments decided, {load.IndefiniteAt.Count} resent to front-1, {lost.Count} answers lost");
        Assert.Equal(0, nodes[1].ExitCode);
        Assert.Empty(lost);
        await LedgerAudit.AssertExact(cluster.Database, load.Answers, buyers, sellers);
    }
}

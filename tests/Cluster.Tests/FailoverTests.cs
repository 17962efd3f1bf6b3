using System.Diagnostics;
using Cashless.Cluster.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.Cluster.Tests;

/// <summary>
/// Under load, one silo is stopped gracefully and another is killed with SIGKILL. The cluster answers again once the
/// killed silo is declared dead (measured), and afterwards every accepted payment is in the ledger exactly once.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class FailoverTests(ClusterServices services, ITestOutputHelper output)
{
    private const int Dead = 6;
    private static readonly TimeSpan DetectionDeadline = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task GracefulStopAndKill_UnderLoad_ClusterRecoversAndLedgerIsExact()
    {
        await using var cluster = await TestCluster.CreateAsync(services);
        var nodes = await cluster.StartAsync(
            ("front-1", NodeKind.Front), ("front-2", NodeKind.Front), ("silo-1", NodeKind.Silo), ("silo-2", NodeKind.Silo));
        using var front1 = new ApiClient(nodes[0].BaseAddress, nodes[0].Name);
        using var front2 = new ApiClient(nodes[1].BaseAddress, nodes[1].Name);
        var (stopped, killed) = (nodes[2], nodes[3]);
        var admin = await Community.AdminToken(front1);
        var buyers = await Community.Open(front1, admin, "buyer", 12, topUp: 1_000_000);
        var sellers = await Community.Open(front2, admin, "seller", 3, topUp: 0);

        var load = new PaymentLoad([front1, front2], buyers, sellers, amount: 1_000);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(workers: 8, stop.Token);
        await load.AnswersGrowBy(100);

        var drain = await stopped.StopAsync();
        Assert.Equal(0, stopped.ExitCode);
        await Eventually.True(async () => await cluster.MembershipStatusAsync(stopped.SiloPort) == Dead,
            TimeSpan.FromSeconds(5), "the stopped silo is Dead in the membership");
        output.WriteLine($"graceful stop of silo-1: exited with 0 after {drain.TotalSeconds:0.0} s (SIGTERM to exit)");
        await load.AnswersGrowBy(100);

        var killedAt = load.Now;
        await killed.KillAsync();
        var detection = await Eventually.True(async () => await cluster.MembershipStatusAsync(killed.SiloPort) == Dead,
            DetectionDeadline, "the killed silo declared Dead");
        await load.AnswersGrowBy(150);
        await stop.CancelAsync();
        await running;

        var unanswered = load.IndefiniteAt.Where(at => at >= killedAt).DefaultIfEmpty(killedAt).Max() - killedAt;
        output.WriteLine($"kill -9 of silo-2: declared Dead after {detection.TotalSeconds:0.0} s; last unanswered request " +
            $"{unanswered.TotalSeconds:0.0} s after the kill; {load.Answers.Count} payments decided, {load.IndefiniteAt.Count} resent");
        Assert.True(unanswered < DetectionDeadline, $"the cluster did not answer again for {unanswered.TotalSeconds:0.0} s");
        await LedgerAudit.AssertExact(cluster.Database, load.Answers, buyers, sellers);
    }
}

using Cashless.Cluster.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.Cluster.Tests;

/// <summary>
/// The operator's scenario: two fronts and a standalone silo under payment load, a second silo joins, then the first is
/// killed with SIGKILL. What the clients hear while the cluster notices must be something they can act on: never a
/// 500, every undecided answer a 503 <c>service_unavailable</c> with <c>Retry-After</c> (or a 409 "in progress"), and
/// every payment retried with its Idempotency-Key ends decided once, with every wallet exact.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class SiloKillTests(ClusterServices services, ITestOutputHelper output)
{
    private const int Dead = 6;

    [Fact]
    public async Task KillSilo_UnderLoadThroughTwoFronts_EveryFailureIs503WithRetryAfterAndLedgerIsExact()
    {
        await using var cluster = await TestCluster.CreateAsync(services);
        var nodes = await cluster.StartAsync(("front-1", NodeKind.Front), ("front-2", NodeKind.Front), ("silo-1", NodeKind.Silo));
        using var front1 = new ApiClient(nodes[0].BaseAddress, nodes[0].Name);
        using var front2 = new ApiClient(nodes[1].BaseAddress, nodes[1].Name);
        var admin = await Community.AdminToken(front1);
        var buyers = await Community.Open(front1, admin, "buyer", 12, topUp: 1_000_000);
        var sellers = await Community.Open(front2, admin, "seller", 3, topUp: 0);

        var load = new PaymentLoad([front1, front2], buyers, sellers, amount: 1_000);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(workers: 6, stop.Token);
        await load.AnswersGrowBy(60);
        var joined = (await cluster.StartAsync(("silo-2", NodeKind.Silo)))[0];
        await load.AnswersGrowBy(100);

        var killedAt = load.Now;
        await nodes[2].KillAsync();
        var detection = await Eventually.True(async () => await cluster.MembershipStatusAsync(nodes[2].SiloPort) == Dead,
            TimeSpan.FromSeconds(30), "the killed silo declared Dead");
        await load.AnswersGrowBy(150);
        await stop.CancelAsync();
        await running;

        var undecided = load.Undecided.ToList();
        output.WriteLine($"kill -9 of silo-1 (silo-2 joined: {!joined.HasExited}): declared Dead after {detection.TotalSeconds:0.0} s; " +
            $"{load.Answers.Count} payments decided; undecided answers: " +
            string.Join(", ", undecided.GroupBy(a => $"{a.Status} {a.Code}").Select(g => $"{g.Count()}× {g.Key}")) +
            $"; {load.IndefiniteAt.Count - undecided.Count} without an answer; last {(load.IndefiniteAt.DefaultIfEmpty(killedAt).Max() - killedAt).TotalSeconds:0.0} s after the kill");
        Assert.DoesNotContain(undecided, answer => answer.Status == 500);
        Assert.All(undecided.Where(answer => answer.Status >= 500), answer =>
        {
            Assert.Equal((503, "service_unavailable"), (answer.Status, answer.Code));
            Assert.True(answer.RetryAfter > TimeSpan.Zero, $"a 503 from {answer.Front} without Retry-After");
        });
        Assert.All(undecided.Where(answer => answer.Status == 409), answer => Assert.Equal("request_in_progress", answer.Code));
        foreach (var front in new[] { nodes[0], nodes[1] })
        {
            Assert.DoesNotContain("Unhandled exception", front.Output(), StringComparison.OrdinalIgnoreCase);
        }

        await LedgerAudit.AssertExact(cluster.Database, load.Answers, buyers, sellers);
    }
}

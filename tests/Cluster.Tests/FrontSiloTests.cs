using System.Text.Json;
using System.Threading.Channels;
using Cashless.Cluster.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.Cluster.Tests;

/// <summary>
/// Two front silos and a standalone silo, as docker-compose runs them (minus the second silo): requests may land on
/// either front, and grains on any of the three silos, yet every answer is the one a single node would give.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class FrontSiloTests(ClusterServices services, SharedCluster shared, ITestOutputHelper output)
    : IClassFixture<SharedCluster>, IDisposable
{
    private readonly List<ApiClient> _clients = [];

    public void Dispose() => _clients.ForEach(client => client.Dispose());

    [SkippableFact]
    public async Task Payments_OverTwoFrontsAndASilo_AreDecidedOnceWithExactBalances()
    {
        var (cluster, front1, front2, silo) = await Start();
        var admin = await Community.AdminToken(front1);
        var buyers = await Community.Open(front1, admin, "buyer", 8, topUp: 1_000_000);
        var sellers = await Community.Open(front2, admin, "seller", 2, topUp: 0);

        var load = new PaymentLoad([front1, front2], buyers, sellers, amount: 1_000);
        await load.RunCountAsync(workers: 8, count: 300);

        // Both fronts answered payments, and the standalone silo ran account grains that committed to the store.
        Assert.True(await front1.Metric("http_server_request_duration_seconds_count", "http_request_method=\"POST\",http_response_status_code=\"201\"") > 0);
        Assert.True(await front2.Metric("http_server_request_duration_seconds_count", "http_request_method=\"POST\",http_response_status_code=\"201\"") > 0);
        Assert.True(await silo.Metric("orleans_catalog_activations", "grain_type=\"account\"") > 0, "no account grain on the silo");
        Assert.True(await silo.Metric("cashless_store_commits_total", "outcome=\"committed\"") > 0, "no commit from the silo");
        output.WriteLine($"{load.Answers.Count} payments decided, {load.IndefiniteAt.Count} resent");
        await LedgerAudit.AssertExact(cluster.Database, load.Answers, buyers, sellers);
    }

    [SkippableFact]
    public async Task Logout_OnOneFront_TokenIsRefusedOnTheOther()
    {
        var (_, front1, front2, _) = await Start();
        var admin = await Community.AdminToken(front1);
        var buyer = (await Community.Open(front1, admin, "buyer", 1, topUp: 0)).Single();
        Assert.Equal(200, (await front2.Send(HttpMethod.Get, "api/v1/wallet", buyer.Token)).Status);

        Assert.Equal(204, (await front1.Send(HttpMethod.Post, "api/v1/auth/logout", buyer.Token)).Status);

        var (status, problem) = await front2.Send(HttpMethod.Get, "api/v1/wallet", buyer.Token);
        Assert.Equal(401, status);
        Assert.Equal("token revoked", problem?["detail"]?.GetValue<string>());
    }

    [SkippableFact]
    public async Task IdempotencyKey_ReplayedOnTheOtherFront_ReturnsTheFirstAnswerAndPaysOnce()
    {
        var (cluster, front1, front2, _) = await Start();
        var admin = await Community.AdminToken(front1);
        var buyer = (await Community.Open(front1, admin, "buyer", 1, topUp: 100_000)).Single();
        var seller = (await Community.Open(front1, admin, "seller", 1, topUp: 0)).Single();
        var order = new { to = seller.Id, amount = 30_000 };

        var (first, firstBody) = await front1.SendRaw(HttpMethod.Post, "api/v1/payments", buyer.Token, order, "lunch-1");
        var (replay, replayBody) = await front2.SendRaw(HttpMethod.Post, "api/v1/payments", buyer.Token, order, "lunch-1");
        var (reused, _) = await front2.Send(HttpMethod.Post, "api/v1/payments", buyer.Token, new { to = seller.Id, amount = 1_000 }, "lunch-1");

        Assert.Equal(201, (int)first.StatusCode);
        Assert.Equal(201, (int)replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(firstBody!.ToJsonString(), replayBody!.ToJsonString());
        Assert.Equal(422, reused);
        var (_, wallet) = await front2.Send(HttpMethod.Get, "api/v1/wallet", buyer.Token);
        Assert.Equal(70_000, wallet!["balance"]!.GetValue<long>());
        first.Dispose();
        replay.Dispose();
        var answer = new PaymentAnswer("lunch-1", buyer, seller, 30_000, 201, firstBody["id"]!.GetValue<string>(), "completed");
        await LedgerAudit.AssertExact(cluster.Database, [answer], [buyer], [seller]);
    }

    [SkippableFact]
    public async Task Dashboard_IsForAdminsOnly_AndShowsEverySilo()
    {
        var (_, front1, front2, _) = await Start();
        var admin = await Community.AdminToken(front1);
        var buyer = (await Community.Open(front1, admin, "buyer", 1, topUp: 0)).Single();

        Assert.Equal(401, (await front2.Send(HttpMethod.Get, "dashboard/", null)).Status);
        Assert.Equal(403, (await front2.Send(HttpMethod.Get, "dashboard/", buyer.Token)).Status);
        Assert.Equal(401, (await front2.Send(HttpMethod.Get, "dashboard/DashboardCounters", null)).Status);
        Assert.Equal(200, (await front2.Send(HttpMethod.Get, "dashboard/", admin)).Status);

        // The dashboard reads the cluster's membership: all three silos, Active.
        await Eventually.True(async () =>
        {
            var (status, counters) = await front2.Send(HttpMethod.Get, "dashboard/DashboardCounters", admin);
            var hosts = status == 200 ? counters!["hosts"]!.AsArray() : [];
            return hosts.Count == 3 && hosts.All(host => host!["status"]!.GetValue<string>() == "Active");
        }, TimeSpan.FromSeconds(15), "three Active silos on the dashboard");
    }

    [SkippableFact]
    public async Task DashboardSession_CookieFromAnAdminToken_OpensThePagesUntilLogout()
    {
        var (_, front1, front2, _) = await Start();
        var admin = await Community.AdminToken(front1);
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = front2.BaseAddress };

        Assert.Equal(401, (int)(await browser.GetAsync(new Uri("dashboard/version", UriKind.Relative))).StatusCode);
        using (var start = new HttpRequestMessage(HttpMethod.Post, new Uri("dashboard/session", UriKind.Relative)))
        {
            start.Headers.Authorization = new("Bearer", admin);
            Assert.Equal(204, (int)(await browser.SendAsync(start)).StatusCode);
        }

        Assert.Equal(200, (int)(await browser.GetAsync(new Uri("dashboard/version", UriKind.Relative))).StatusCode);
        Assert.Equal(401, (int)(await browser.PostAsync(new Uri("dashboard/session", UriKind.Relative), null)).StatusCode);

        // The cookie is the token itself: revoking the token ends the dashboard session on every front.
        Assert.Equal(204, (await front1.Send(HttpMethod.Post, "api/v1/auth/logout", admin)).Status);
        Assert.Equal(401, (int)(await browser.GetAsync(new Uri("dashboard/version", UriKind.Relative))).StatusCode);
    }

    [SkippableFact]
    public async Task Metrics_OnFrontAndSilo_ExposeHttpOrleansAndCashlessMeters()
    {
        var (_, front1, _, silo) = await Start();
        var admin = await Community.AdminToken(front1);
        await Community.Open(front1, admin, "buyer", 1, topUp: 10_000);

        Assert.True(await front1.Metric("http_server_request_duration_seconds_count") > 0);
        Assert.True(await front1.Metric("orleans_app_requests_latency_milliseconds_count") > 0);
        Assert.True(await front1.Metric("cashless_store_batch_size_count") > 0);
        Assert.True(await silo.Metric("orleans_catalog_activations") > 0);

        // The outbox depth is counted on the first scrape's request and shown from the next one on.
        await Eventually.True(async () => (await front1.Raw("metrics")).Contains("cashless_outbox_depth{", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10), "cashless_outbox_depth on /metrics");
    }

    [SkippableFact]
    public async Task Proxy_WithTheComposeConfig_ServesHttpsWithHstsSpreadsRequestsOverBothFrontsAndHidesMetrics()
    {
        var (_, front1, front2, _) = await Start();
        await using var proxy = await ProxyProcess.StartAsync(front1, front2);
        using var http = new HttpClient(proxy.CreateHandler()) { BaseAddress = proxy.BaseAddress };
        using var plain = new HttpClient(proxy.CreateHandler()) { BaseAddress = proxy.PlainAddress };
        const string Live = "health/live\"";
        var before = (await front1.Metric("http_server_request_duration_seconds_count", Live), await front2.Metric("http_server_request_duration_seconds_count", Live));

        for (var i = 0; i < 10; i++)
        {
            using var live = await http.GetAsync(new Uri("health/live", UriKind.Relative));
            Assert.Equal(200, (int)live.StatusCode);
            Assert.Equal("max-age=31536000; includeSubDomains", live.Headers.GetValues("Strict-Transport-Security").Single());
        }

        using var redirected = await plain.GetAsync(new Uri("api/v1/wallet", UriKind.Relative));
        Assert.Equal(301, (int)redirected.StatusCode);
        Assert.Equal("https", redirected.Headers.Location?.Scheme);

        Assert.Equal(404, (int)(await http.GetAsync(new Uri("metrics", UriKind.Relative))).StatusCode);
        // The exporter serves a scrape from its cache for a moment: wait for the counts to move.
        await Eventually.True(async () => await front1.Metric("http_server_request_duration_seconds_count", Live) > before.Item1
            && await front2.Metric("http_server_request_duration_seconds_count", Live) > before.Item2,
            TimeSpan.FromSeconds(5), "probes through the proxy counted on both fronts");
    }

    [SkippableFact]
    public async Task LiveNotifications_ThroughTheProxy_ArriveWhicheverFrontTookThePayment()
    {
        var (_, front1, front2, _) = await Start();
        await using var proxy = await ProxyProcess.StartAsync(front1, front2);
        var admin = await Community.AdminToken(front1);
        var buyer = (await Community.Open(front1, admin, "buyer", 1, topUp: 10_000)).Single();
        var seller = (await Community.Open(front1, admin, "seller", 1, topUp: 0)).Single();
        var received = Channel.CreateUnbounded<JsonElement>();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(proxy.BaseAddress, "hubs/notifications"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(seller.Token);
                options.HttpMessageHandlerFactory = _ => proxy.CreateHandler();
                options.WebSocketConfiguration = socket => socket.RemoteCertificateValidationCallback = proxy.IsTheProxy;
            })
            .Build();
        hub.On<JsonElement>("notification", notification => received.Writer.TryWrite(notification));

        await hub.StartAsync(); // negotiate, then connect: two requests that must meet the same front
        foreach (var (front, amount) in new[] { (front1, 1_000L), (front2, 2_000L) })
        {
            Assert.Equal(201, (await front.Send(HttpMethod.Post, "api/v1/payments", buyer.Token, new { to = seller.Id, amount }, $"live-{amount}")).Status);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var notification = await received.Reader.ReadAsync(wait.Token);
            Assert.Equal("payment_received", notification.GetProperty("kind").GetString());
            Assert.Equal(amount, notification.GetProperty("amount").GetInt64());
        }
    }

    private async Task<(TestCluster Cluster, ApiClient Front1, ApiClient Front2, ApiClient Silo)> Start()
    {
        var (cluster, nodes) = await shared.GetAsync(services, ("front-1", NodeKind.Front), ("front-2", NodeKind.Front), ("silo-1", NodeKind.Silo));
        var clients = nodes.Select(node => new ApiClient(node.BaseAddress, node.Name)).ToArray();
        _clients.AddRange(clients);
        return (cluster, clients[0], clients[1], clients[2]);
    }
}

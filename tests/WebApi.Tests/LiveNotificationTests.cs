using System.Net;
using Cashless.Grains.Notifications;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests;

/// <summary>
/// The SignalR hub with a real <c>HubConnection</c> client, on a cluster of two front silos (<see cref="LiveClusterFixture"/>):
/// pushes in real time, across silos through Orleans, to admins as a community feed; refusal of bad tokens; and open
/// connections closed when their token is revoked or expires, or an admin's account is frozen.
/// </summary>
[Collection(LiveCluster.Name)]
public sealed class LiveNotificationTests(LiveClusterFixture cluster)
{
    private SiloApp A => cluster.A;

    private SiloApp B => cluster.B;

    [Fact]
    public async Task Pay_PayeeConnected_PushesPaymentReceivedAsTheLogHasIt()
    {
        var (payer, payee) = (await A.CreateUserAsync(), await A.CreateUserAsync("seller"));
        await A.TopUpAsync(payer.Id, 50_000);
        await using var live = await A.ConnectLiveAsync(payee);

        var paymentId = await ApiCalls.PayAsync(payer.Client, payee.Id, 8_000);

        var pushed = await live.NotificationAsync("payment_received", paymentId);
        var logged = Assert.Single(await ApiCalls.NotificationsAsync(payee.Client));
        Assert.Equal(logged.GetRawText(), pushed.GetRawText());
        Assert.Equal(8_000, pushed.GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task Approve_OwnerConnectedWithBearerHeader_PushesTopUpApproved()
    {
        var buyer = await A.CreateUserAsync();
        var topUpId = await ApiCalls.BankTransferAsync(buyer.Client, 150_000);
        await using var live = await LiveClient.ConnectAsync(A.BaseAddress, buyer.Token, tokenInQuery: false);
        await WaitLiveAsync(A, buyer.Id);

        await ApiCalls.ApproveAsync(B.Admin.Client, topUpId);

        var pushed = await live.NotificationAsync("topup_approved", topUpId);
        Assert.Equal(150_000, pushed.GetProperty("amount").GetInt64());
        Assert.False(pushed.TryGetProperty("readAt", out _));
    }

    [Fact]
    public async Task BalanceLow_GuardianConnectedToSiloB_ReceivesItsCopyAsItsLogHasIt()
    {
        var (student, canteen) = (await A.CreateUserAsync(), await A.CreateUserAsync("seller"));
        var guardian = await A.CreateUserAsync("guardian");
        await A.TopUpAsync(student.Id, 30_000);
        await ApiCalls.ExpectAsync(await FamilyFixture.RedeemAsync(guardian, await FamilyFixture.CodeAsync(student)), HttpStatusCode.Created);
        await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { lowBalanceThreshold = 20_000 });
        await using var live = await B.ConnectLiveAsync(guardian);

        await ApiCalls.PayAsync(student.Client, canteen.Id, 12_000);

        var pushed = await live.NotificationAsync("balance_low", student.Id);
        var logged = Assert.Single(await ApiCalls.NotificationsAsync(guardian.Client));
        Assert.Equal(logged.GetRawText(), pushed.GetRawText());
        Assert.Equal(18_000, pushed.GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task Pay_ThroughSiloA_ReachesThePayeeConnectedToSiloB()
    {
        var (payer, payee) = (await A.CreateUserAsync(), await A.CreateUserAsync("seller"));
        await A.TopUpAsync(payer.Id, 50_000);
        await using var payeeOnB = await B.ConnectLiveAsync(payee);
        await using var payerOnA = await A.ConnectLiveAsync(payer);

        var paymentId = await ApiCalls.PayAsync(payer.Client, payee.Id, 21_000);

        await payeeOnB.NotificationAsync("payment_received", paymentId);
        await payerOnA.NotificationAsync("payment_sent", paymentId);
        Assert.False(A.Live.IsLive(payee.Id), "silo A must not hear the payee's feed: only B has a connection of the payee");
        Assert.False(B.Live.IsLive(payer.Id));
        var silos = await A.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(2, silos.Count);
    }

    [Fact]
    public async Task Community_AdminConnectedToSiloB_ReceivesEveryEventRaisedThroughSiloA()
    {
        var (payer, payee) = (await A.CreateUserAsync(name: "Rina Payer"), await A.CreateUserAsync("seller", "Warung Payee"));
        await A.TopUpAsync(payer.Id, 30_000);
        await using var admin = await B.ConnectLiveAsync(B.Admin, NotificationPublisher.CommunityFeeds);

        var paymentId = await ApiCalls.PayAsync(payer.Client, payee.Id, 4_000);
        await A.SetFrozenAsync(payee.Id, frozen: true);

        var received = await admin.CommunityEventAsync("payment_received", paymentId);
        var sent = await admin.CommunityEventAsync("payment_sent", paymentId);
        var frozen = await admin.CommunityEventAsync("account_frozen");
        // Each event names its user by id and by name (the console shows the name).
        Assert.Equal((payee.Id, "Warung Payee"), (received.GetProperty("userId").GetString(), received.GetProperty("userName").GetString()));
        Assert.Equal((payer.Id, "Rina Payer"), (sent.GetProperty("userId").GetString(), sent.GetProperty("userName").GetString()));
        Assert.Equal((payee.Id, "Warung Payee"), (frozen.GetProperty("userId").GetString(), frozen.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task TwoConnections_OneLeaves_TheOtherStillReceives()
    {
        var buyer = await A.CreateUserAsync();
        var first = await A.ConnectLiveAsync(buyer);
        await using var second = await A.ConnectLiveAsync(buyer);

        await first.DisposeAsync();
        await A.TopUpAsync(buyer.Id, 10_000);

        await second.NotificationAsync("topup_settled");
        Assert.True(A.Live.IsLive(buyer.Id));
    }

    [Fact]
    public async Task Connect_WithoutToken_IsRefusedWith401()
    {
        await using var client = LiveClient.Create(A.BaseAddress, token: null);

        await AssertRefusedAsync(client);
    }

    [Fact]
    public async Task Connect_ForgedToken_IsRefusedWith401()
    {
        var buyer = await A.CreateUserAsync();
        var now = DateTimeOffset.UtcNow;
        var forged = Tokens.Mint("an-attacker-s-own-key-of-more-than-32-bytes!!", Tokens.ClaimsFor(buyer.Id, "admin", now), now, now.AddHours(1));
        await using var client = LiveClient.Create(B.BaseAddress, forged);

        await AssertRefusedAsync(client);
    }

    [Fact]
    public async Task Connect_ExpiredToken_IsRefusedWith401()
    {
        var buyer = await A.CreateUserAsync();
        var issued = DateTimeOffset.UtcNow.AddHours(-2);
        var expired = Tokens.Mint(A.Factory.SigningKey, Tokens.ClaimsFor(buyer.Id, "buyer", issued), issued, DateTimeOffset.UtcNow.AddSeconds(-45));
        await using var client = LiveClient.Create(A.BaseAddress, expired);

        await AssertRefusedAsync(client);
    }

    [Fact]
    public async Task Connect_TokenRevokedByLogoutOnTheOtherSilo_IsRefusedWith401()
    {
        var buyer = await A.CreateUserAsync();
        using (var logout = await buyer.Client.PostAsync("/api/v1/auth/logout", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        await using var client = LiveClient.Create(B.BaseAddress, buyer.Token);

        await AssertRefusedAsync(client);
    }

    [Fact]
    public async Task OpenConnection_TokenRevokedByLogout_IsClosed()
    {
        var buyer = await A.CreateUserAsync();
        await using var live = await B.ConnectLiveAsync(buyer);

        using (var logout = await buyer.Client.PostAsync("/api/v1/auth/logout", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        await live.Closed.WaitAsync(LiveClient.Deadline);
        await Eventually.True(() => Task.FromResult(!B.Live.IsLive(buyer.Id)), LiveClient.Deadline, "the closed connection to be forgotten");
    }

    [Fact]
    public async Task OpenConnection_AdminFrozenByAnotherAdmin_IsClosed()
    {
        var rogue = await A.CreateUserAsync("admin");
        await using var live = await B.ConnectLiveAsync(rogue, NotificationPublisher.CommunityFeeds);

        await A.SetFrozenAsync(rogue.Id, frozen: true);

        await live.Closed.WaitAsync(LiveClient.Deadline);
    }

    [Fact]
    public async Task OpenConnection_TokenExpires_IsClosed()
    {
        var buyer = await A.CreateUserAsync();
        var now = DateTimeOffset.UtcNow;
        var shortLived = Tokens.Mint(A.Factory.SigningKey, Tokens.ClaimsFor(buyer.Id, "buyer", now), now, now.AddSeconds(3));
        await using var live = await LiveClient.ConnectAsync(A.BaseAddress, shortLived);

        await live.Closed.WaitAsync(LiveClient.Deadline);
    }

    private static Task<TimeSpan> WaitLiveAsync(SiloApp silo, string feed) =>
        Eventually.True(() => Task.FromResult(silo.Live.IsLive(feed)), LiveClient.Deadline, $"{feed} to be live");

    private static async Task AssertRefusedAsync(LiveClient client)
    {
        var refusal = await Assert.ThrowsAsync<HttpRequestException>(() => client.Connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refusal.StatusCode);
    }
}

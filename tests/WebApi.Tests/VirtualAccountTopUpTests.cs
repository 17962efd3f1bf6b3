using System.Net;
using System.Text.Json;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Midtrans;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace Cashless.WebApi.Tests;

/// <summary>
/// Virtual-account top-ups end to end over HTTP: the app charges the Midtrans emulator, the emulator notifies the app
/// on its real port, and every scenario ends with exact balances and conserved money.
/// </summary>
[Collection(MidtransApi.Name)]
public sealed class VirtualAccountTopUpTests(MidtransFixture app)
{
    private const long Amount = 150_000;

    [Theory]
    [InlineData("bca")]
    [InlineData("bni")]
    [InlineData("bri")]
    [InlineData("cimb")]
    [InlineData("permata")]
    public async Task Create_BankTransferBank_Returns201WithTheIssuedVaNumber(string bank)
    {
        var (_, topUp) = await OpenAsync(bank);

        var id = topUp.GetProperty("id").GetString()!;
        var charged = app.Gateway.Find(id)!;
        Assert.Equal(charged.PaymentCode, topUp.GetProperty("vaNumber").GetString());
        Assert.False(topUp.TryGetProperty("billerCode", out _));
        Assert.False(topUp.TryGetProperty("billKey", out _));
        Assert.Equal(charged.ExpiryTime.ToUnixTimeSeconds(), topUp.GetProperty("expiresAt").ReadTime().ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Create_Mandiri_Returns201WithBillerCodeAndBillKey()
    {
        var (_, topUp) = await OpenAsync("mandiri");

        var charged = app.Gateway.Find(topUp.GetProperty("id").GetString()!)!;
        Assert.Equal("echannel", charged.PaymentType);
        Assert.Equal("70012", topUp.GetProperty("billerCode").GetString());
        Assert.Equal(charged.PaymentCode, topUp.GetProperty("billKey").GetString());
        Assert.False(topUp.TryGetProperty("vaNumber", out _));
    }

    [Fact]
    public async Task Create_AnyBank_AnswersTheContractShapeAndIsInTheLog()
    {
        var (buyer, topUp) = await OpenAsync("bni", 75_000);

        var id = topUp.GetProperty("id").GetString()!;
        Assert.StartsWith("top_", id, StringComparison.Ordinal);
        Assert.Equal(id, topUp.GetProperty("orderId").GetString());
        Assert.Equal("pending", topUp.GetProperty("status").GetString());
        Assert.Equal("virtual_account", topUp.GetProperty("channel").GetString());
        Assert.Equal("bni", topUp.GetProperty("bank").GetString());
        Assert.Equal(75_000, topUp.GetProperty("amount").GetInt64());
        Assert.True(topUp.GetProperty("expiresAt").ReadTime() > topUp.GetProperty("createdAt").ReadTime());
        var stored = await MidtransFixture.TopUpInStatusAsync(buyer, id, "pending");
        Assert.Equal(topUp.GetProperty("vaNumber").GetString(), stored.GetProperty("vaNumber").GetString());
        Assert.Equal(1, app.Gateway.ChargeRequests(id));
        await AssertNothingCreditedAsync(buyer);
    }

    [Fact]
    public async Task Pay_Settlement_CreditsTheChargedAmountOnce()
    {
        var (buyer, topUp) = await OpenAsync();
        var id = topUp.GetProperty("id").GetString()!;

        await app.ControlAsync(id, "pay");

        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        await AssertCreditedOnceAsync(buyer, id);
    }

    [Fact]
    public async Task Pay_DuplicateNotifications_CreditExactlyOnce()
    {
        var (buyer, topUp) = await OpenAsync("permata");
        var id = topUp.GetProperty("id").GetString()!;

        await app.ControlAsync(id, "pay?duplicates=3");

        var deliveries = await app.DeliveriesAsync(id, "settlement", count: 4);
        Assert.All(deliveries, delivery => Assert.Equal(200, delivery.ResponseStatus));
        await AssertCreditedOnceAsync(buyer, id);
    }

    [Fact]
    public async Task Notify_LatePendingAfterSettlement_IsAnswered200AndChangesNothing()
    {
        var (buyer, topUp) = await OpenAsync();
        var id = topUp.GetProperty("id").GetString()!;
        await app.ControlAsync(id, "pay");
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        var pendingBefore = (await app.DeliveriesAsync(id, "pending")).Count;

        await app.ControlAsync(id, "notify?status=pending");

        var late = await app.DeliveriesAsync(id, "pending", pendingBefore + 1);
        Assert.Equal(200, late[^1].ResponseStatus);
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        await AssertCreditedOnceAsync(buyer, id);
    }

    [Fact]
    public async Task Notify_ForgedSignature_Is401AndChangesNothing()
    {
        var (buyer, topUp) = await OpenAsync();
        var id = topUp.GetProperty("id").GetString()!;

        await app.ControlAsync(id, "notify?status=settlement&forgeSignature=true");

        var forged = Assert.Single(await app.DeliveriesAsync(id, "settlement"));
        Assert.Equal(401, forged.ResponseStatus);
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "pending");
        await AssertNothingCreditedAsync(buyer);
    }

    [Fact]
    public async Task Pay_NotificationAmountDiffersFromCharge_FlagsAndCreditsNothing()
    {
        var (buyer, topUp) = await OpenAsync();
        var id = topUp.GetProperty("id").GetString()!;

        await app.ControlAsync(id, $"pay?amount={Amount - 1}");

        var flagged = await MidtransFixture.TopUpInStatusAsync(buyer, id, "flagged");
        Assert.Contains("nothing credited", flagged.GetProperty("reason").GetString(), StringComparison.Ordinal);
        await AssertNothingCreditedAsync(buyer);
    }

    [Fact]
    public async Task Review_FlaggedTopUp_AdminApprovesOnceOrRejects()
    {
        var (approvedBuyer, first) = await OpenAsync();
        var (rejectedBuyer, second) = await OpenAsync();
        var (approvedId, rejectedId) = (first.GetProperty("id").GetString()!, second.GetProperty("id").GetString()!);
        await app.ControlAsync(approvedId, $"pay?amount={Amount - 1}");
        await app.ControlAsync(rejectedId, $"pay?amount={Amount + 1}");
        await MidtransFixture.TopUpInStatusAsync(approvedBuyer, approvedId, "flagged");
        await MidtransFixture.TopUpInStatusAsync(rejectedBuyer, rejectedId, "flagged");

        using var approved = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{approvedId}/approve", null);
        using var again = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{approvedId}/approve", null);
        using var rejected = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{rejectedId}/reject", Api.Json(new { reason = "paid the wrong amount; refunded" }));

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        await AssertCreditedOnceAsync(approvedBuyer, approvedId);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        await MidtransFixture.TopUpInStatusAsync(rejectedBuyer, rejectedId, "rejected");
        await AssertNothingCreditedAsync(rejectedBuyer);
        Assert.Contains(await ApiCalls.NotificationsAsync(rejectedBuyer.Client),
            n => n.GetProperty("message").GetString() == "Your top-up of Rp 150.000 was rejected: paid the wrong amount; refunded");
    }

    [Fact]
    public async Task Review_FlaggedBecauseTheWalletWasFrozen_ApprovalWaitsForTheUnfreezeThenCreditsOnce()
    {
        var (buyer, topUp) = await OpenAsync();
        var id = topUp.GetProperty("id").GetString()!;
        using var frozen = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/freeze", null);
        Assert.True(frozen.IsSuccessStatusCode);

        await app.ControlAsync(id, "pay");
        var flagged = await MidtransFixture.TopUpInStatusAsync(buyer, id, "flagged");
        Assert.Contains("Paid but not credited", flagged.GetProperty("reason").GetString(), StringComparison.Ordinal);

        using var whileFrozen = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);
        await whileFrozen.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "flagged");
        using var unfrozen = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/unfreeze", null);
        Assert.True(unfrozen.IsSuccessStatusCode);

        using var approved = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await AssertCreditedOnceAsync(buyer, id);
    }

    [Theory]
    [InlineData("expire", "expired")]
    [InlineData("cancel", "cancelled")]
    public async Task Close_ExpireOrCancel_ClosesWithoutMoney(string action, string status)
    {
        var (buyer, topUp) = await OpenAsync("mandiri");
        var id = topUp.GetProperty("id").GetString()!;

        await app.ControlAsync(id, action);

        await MidtransFixture.TopUpInStatusAsync(buyer, id, status);
        await AssertNothingCreditedAsync(buyer);
    }

    [Theory]
    [InlineData(GatewayState.Expired, "expire")]
    [InlineData(GatewayState.Cancelled, "cancel")]
    public async Task Pay_AfterWeClosedTheTopUp_IsFlaggedForReviewAndApprovalCreditsOnce(GatewayState closedAs, string rawStatus)
    {
        var (buyer, topUp) = await OpenAsync();
        var id = topUp.GetProperty("id").GetString()!;
        // We closed it on our side (our expiry, a cancel) while the gateway still had the VA open, and it was paid there.
        var grains = app.Factory.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<ITopUpGrain>(id).ApplyGatewayReport(new GatewayReport(closedAs, new Money(Amount), rawStatus));

        await app.ControlAsync(id, "pay?duplicates=2");

        var flagged = await MidtransFixture.TopUpInStatusAsync(buyer, id, "flagged");
        Assert.Equal(Amount, flagged.GetProperty("amount").GetInt64());
        Assert.Contains("after it was closed", flagged.GetProperty("reason").GetString(), StringComparison.Ordinal);
        await AssertNothingCreditedAsync(buyer);
        using (var queue = await app.Admin.Client.GetAsync($"/api/v1/admin/topups?status=flagged&userId={buyer.Id}"))
        {
            var listed = (await queue.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString());
            Assert.Equal([id], listed);
        }

        using var approved = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);
        using var again = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);
        await app.ControlAsync(id, "notify?status=settlement");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        await AssertCreditedOnceAsync(buyer, id);
    }

    [Fact]
    public async Task Deny_AfterSettlement_ReversesTheCredit()
    {
        var (buyer, topUp) = await OpenAsync("permata");
        var id = topUp.GetProperty("id").GetString()!;
        await app.ControlAsync(id, "pay");
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");

        await app.ControlAsync(id, "deny");

        var reversed = await MidtransFixture.TopUpInStatusAsync(buyer, id, "reversed");
        Assert.Equal(Amount, reversed.GetProperty("recovered").GetInt64());
        Assert.Equal(0, reversed.GetProperty("owed").GetInt64());
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal("active", await StatusAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Deny_AfterTheMoneyWasSpent_FreezesTheAccountAndShowsTheDebtToAdmins()
    {
        var (buyer, topUp) = await OpenAsync("mandiri");
        var seller = await app.CreateUserAsync("seller");
        var id = topUp.GetProperty("id").GetString()!;
        await app.ControlAsync(id, "pay");
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        using (var spent = await ApiFixture.PayAsync(buyer, seller.Id, 100_000))
        {
            Assert.Equal(HttpStatusCode.Created, spent.StatusCode);
        }

        await app.ControlAsync(id, "deny");

        await MidtransFixture.TopUpInStatusAsync(buyer, id, "reversed");
        using var adminView = await app.Admin.Client.GetAsync($"/api/v1/admin/topups?status=reversed&userId={buyer.Id}");
        var debt = Assert.Single((await adminView.ReadJsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(50_000, debt.GetProperty("recovered").GetInt64());
        Assert.Equal(100_000, debt.GetProperty("owed").GetInt64());
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(100_000, await ApiFixture.BalanceAsync(seller));
        Assert.Equal("frozen", await StatusAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Theory]
    [InlineData("http500")]
    [InlineData("body500")]
    public async Task Create_GatewayAnswers500_Returns502MarksFailedAndMovesNoMoney(string fault)
    {
        var buyer = await app.CreateUserAsync();
        await app.SetFaultsAsync(charge: fault);
        try
        {
            using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = Amount, bank = "bri" }));

            var problem = await response.AssertProblemAsync(HttpStatusCode.BadGateway, "gateway_error");
            var id = problem.GetProperty("topUpId").GetString()!;
            var failed = await MidtransFixture.TopUpInStatusAsync(buyer, id, "failed");
            Assert.Contains("did not create", failed.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, app.Gateway.ChargeRequests(id));
        }
        finally
        {
            await app.ResetFaultsAsync();
        }

        await AssertNothingCreditedAsync(buyer);
    }

    [Fact]
    public async Task Create_ChargeAnswerTimesOut_AsksTheStatusAndChargesOnlyOnce()
    {
        var buyer = await app.CreateUserAsync();
        await app.SetFaultsAsync(charge: "timeout", delayMs: (int)(MidtransFixture.RequestTimeout.TotalMilliseconds * 4));
        JsonElement topUp;
        try
        {
            using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = Amount, bank = "bca" }));

            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            topUp = await response.ReadJsonAsync();
        }
        finally
        {
            await app.ResetFaultsAsync();
        }

        var id = topUp.GetProperty("id").GetString()!;
        Assert.Equal(1, app.Gateway.ChargeRequests(id));
        Assert.Equal(app.Gateway.Find(id)!.PaymentCode, topUp.GetProperty("vaNumber").GetString());
        await app.ControlAsync(id, "pay");
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        await AssertCreditedOnceAsync(buyer, id);
    }

    [Fact]
    public async Task Create_GatewayNeverAnswers_Returns502AndReconciliationFindsTheChargeLater()
    {
        var buyer = await app.CreateUserAsync();
        await app.SetFaultsAsync(charge: "timeout", status: "http500", delayMs: (int)(MidtransFixture.RequestTimeout.TotalMilliseconds * 4));
        string id;
        try
        {
            using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = Amount, bank = "bni" }));

            var problem = await response.AssertProblemAsync(HttpStatusCode.BadGateway, "gateway_error");
            Assert.Contains("stays pending", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            id = problem.GetProperty("topUpId").GetString()!;
            Assert.False((await MidtransFixture.TopUpInStatusAsync(buyer, id, "pending")).TryGetProperty("vaNumber", out _));
        }
        finally
        {
            await app.ResetFaultsAsync();
        }

        await app.ReconcileOnceAsync();

        var recovered = await MidtransFixture.TopUpInStatusAsync(buyer, id, "pending");
        Assert.Equal(app.Gateway.Find(id)!.PaymentCode, recovered.GetProperty("vaNumber").GetString());
        Assert.Equal(1, app.Gateway.ChargeRequests(id));
        await app.ControlAsync(id, "pay");
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        await AssertCreditedOnceAsync(buyer, id);
    }

    [Fact]
    public async Task Reconcile_EveryNotificationLost_CreditsOnce()
    {
        var (buyer, topUp) = await OpenAsync("cimb");
        var id = topUp.GetProperty("id").GetString()!;
        await app.ControlAsync(id, "pay?notify=false");
        Assert.Equal("pending", (await MidtransFixture.TopUpInStatusAsync(buyer, id, "pending")).GetProperty("status").GetString());

        var first = await app.ReconcileOnceAsync();
        var second = await app.ReconcileOnceAsync();

        Assert.True(first.Applied >= 1, $"first pass: {first}");
        Assert.Equal(0, second.Unavailable);
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        await AssertCreditedOnceAsync(buyer, id);
    }

    [Fact]
    public async Task Reconcile_BehindMoreThanABatchOfUnpaidTopUps_StillCreditsThePaidOne()
    {
        var waiting = await app.CreateUserAsync();
        var unpaid = Enumerable.Range(0, MidtransReconciler.BatchSize + 1).Select(i => $"top_000{i:D5}").ToList();
        var past = DateTimeOffset.UtcNow.AddHours(-1);
        foreach (var unpaidId in unpaid) // older ids than any real one, waiting for a customer who has not paid yet
        {
            var record = new TopUpRecord(unpaidId, waiting.Id, TopUpChannel.VirtualAccount, TopUpStatus.Pending, new Money(10_000), past, past, null, waiting.Id)
            {
                VirtualAccount = new VirtualAccountDetails("bni", "9880000", null, null, DateTimeOffset.UtcNow.AddDays(1), null),
            };
            Assert.Equal(CommitOutcome.Committed, await app.Store.ApplyChangesAsync([new TopUpCreated(record)]));
        }

        try
        {
            var (buyer, topUp) = await OpenAsync("bca");
            var id = topUp.GetProperty("id").GetString()!;
            await app.ControlAsync(id, "pay?notify=false");

            var pass = await app.ReconcileOnceAsync();

            Assert.True(pass.Checked > MidtransReconciler.BatchSize, $"one pass: {pass}");
            await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
            await AssertCreditedOnceAsync(buyer, id);
        }
        finally
        {
            foreach (var unpaidId in unpaid) // leave the shared gateway's later passes as they were
            {
                await app.Store.ApplyChangesAsync([new TopUpMoved(unpaidId, [TopUpStatus.Pending], TopUpStatus.Expired, DateTimeOffset.UtcNow)]);
            }
        }
    }

    [Fact]
    public async Task Reconcile_ChargeTheGatewayNeverGot_StaysPendingUntilItsExpiryThenExpires()
    {
        var buyer = await app.CreateUserAsync();
        await app.SetFaultsAsync(charge: "http500", status: "http500");
        string id;
        try
        {
            using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = Amount, bank = "bri" }));

            id = (await response.AssertProblemAsync(HttpStatusCode.BadGateway, "gateway_error")).GetProperty("topUpId").GetString()!;
        }
        finally
        {
            await app.ResetFaultsAsync();
        }

        Assert.Null(app.Gateway.Find(id));
        await app.ReconcileOnceAsync();
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "pending");

        await app.ReconcileOnceAsync(after: TimeSpan.FromHours(25));

        var expired = await MidtransFixture.TopUpInStatusAsync(buyer, id, "expired");
        Assert.Contains("not found at the gateway", expired.GetProperty("reason").GetString(), StringComparison.Ordinal);
        await AssertNothingCreditedAsync(buyer);
    }

    [Fact]
    public async Task Notify_StatusApiDown_Answers503AndTheGatewaysRetryCreditsOnce()
    {
        var (buyer, topUp) = await OpenAsync();
        var id = topUp.GetProperty("id").GetString()!;
        await app.DeliveriesAsync(id, "pending");
        await app.SetFaultsAsync(status: "http500");
        try
        {
            await app.ControlAsync(id, "pay");

            Assert.Equal(503, (await app.DeliveriesAsync(id, "settlement"))[0].ResponseStatus);
            await MidtransFixture.TopUpInStatusAsync(buyer, id, "pending");
        }
        finally
        {
            await app.ResetFaultsAsync();
        }

        // No reconciliation: Midtrans (and the emulator) send a notification answered 503 again.
        await Eventually.True(() => Task.FromResult(app.Gateway.Deliveries(id).Any(d => d is { TransactionStatus: "settlement", ResponseStatus: 200 })),
            TimeSpan.FromSeconds(15), $"the settlement of {id} sent again and answered 200");
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        await AssertCreditedOnceAsync(buyer, id);
    }

    [Fact]
    public async Task Create_FrozenAccount_Returns403WithoutCharging()
    {
        var buyer = await app.CreateUserAsync();
        await app.SetFrozenAsync(buyer.Id, frozen: true);

        using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = Amount, bank = "bca" }));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        using var log = await buyer.Client.GetAsync("/api/v1/topups");
        Assert.Empty((await log.ReadJsonAsync()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Create_AmountWouldPassMaxBalance_Returns422()
    {
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 9_900_000);

        using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = 100_001, bank = "bca" }));

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "balance_limit_exceeded");
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyTwice_OpensOneVirtualAccount()
    {
        var buyer = await app.CreateUserAsync();
        var key = Guid.NewGuid().ToString();

        using var first = await buyer.Client.SendAsync(Api.Post("/api/v1/topups/virtual-account", Api.Json(new { amount = Amount, bank = "bca" }), key));
        using var again = await buyer.Client.SendAsync(Api.Post("/api/v1/topups/virtual-account", Api.Json(new { amount = Amount, bank = "bca" }), key));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        using var log = await buyer.Client.GetAsync("/api/v1/topups");
        Assert.Single((await log.ReadJsonAsync()).GetProperty("items").EnumerateArray());
    }

    private async Task<(TestUser Buyer, JsonElement TopUp)> OpenAsync(string bank = "bca", long amount = Amount)
    {
        var buyer = await app.CreateUserAsync();
        using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount, bank }));
        var topUp = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"VA top-up failed: {topUp}");
        Assert.Equal($"/api/v1/topups/{topUp.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        return (buyer, topUp);
    }

    /// <summary>The wallet holds exactly this top-up's amount, credited by one journal entry, and money is conserved.</summary>
    private async Task AssertCreditedOnceAsync(TestUser buyer, string topUpId)
    {
        Assert.Equal(Amount, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal([topUpId], await TopUpEntriesAsync(buyer));
        await app.AssertConservedAsync();
    }

    private async Task AssertNothingCreditedAsync(TestUser buyer)
    {
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
        Assert.Empty(await TopUpEntriesAsync(buyer));
        await app.AssertConservedAsync();
    }

    /// <summary>The references of the wallet's topup journal entries: one per credited top-up.</summary>
    private static async Task<List<string>> TopUpEntriesAsync(TestUser user)
    {
        using var response = await user.Client.GetAsync("/api/v1/wallet/transactions?limit=200");
        return [.. (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Where(entry => entry.GetProperty("kind").GetString() == "topup")
            .Select(entry => entry.GetProperty("reference").GetString()!)];
    }

    private static async Task<string> StatusAsync(TestUser user)
    {
        using var response = await user.Client.GetAsync("/api/v1/wallet");
        return (await response.ReadJsonAsync()).GetProperty("status").GetString()!;
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// What the gateway's events write: a settled virtual-account top-up, one that expired, one the bank reversed; and how
/// they show in the admins' overview and community cash flow (this collection's tests run one at a time, so the
/// community totals move by exactly what each test does).
/// </summary>
[Collection(MidtransApi.Name)]
public sealed class VirtualAccountNotificationTests(MidtransFixture app)
{
    private const long Amount = 120_000;

    [Fact]
    public async Task Pay_Settlement_WritesTopUpSettled()
    {
        var (buyer, id) = await OpenAsync();

        await app.ControlAsync(id, "pay");

        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        var settled = Assert.Single(await ApiCalls.NotificationsAsync(buyer.Client));
        Assert.Equal("topup_settled", settled.GetProperty("kind").GetString());
        Assert.Equal(id, settled.GetProperty("reference").GetString());
        Assert.Equal(Amount, settled.GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task Expire_Unpaid_WritesTopUpFailed()
    {
        var (buyer, id) = await OpenAsync();

        await app.ControlAsync(id, "expire");

        await MidtransFixture.TopUpInStatusAsync(buyer, id, "expired");
        var failed = Assert.Single(await ApiCalls.NotificationsAsync(buyer.Client));
        Assert.Equal("topup_failed", failed.GetProperty("kind").GetString());
        Assert.Equal(id, failed.GetProperty("reference").GetString());
        Assert.Contains("expired", failed.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DenyAfterSettlement_WritesTopUpReversedAndTheReportsCountInAndBackOut()
    {
        var overviewBefore = await ApiCalls.OverviewAsync(app.Admin.Client);
        var flowsBefore = await TodayAsync();
        var (buyer, id) = await OpenAsync();
        await app.ControlAsync(id, "pay");
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        var settledPart = (await ApiCalls.OverviewAsync(app.Admin.Client)).GetProperty("topUps").GetProperty("virtualAccount").GetInt64();

        await app.ControlAsync(id, "deny");

        await MidtransFixture.TopUpInStatusAsync(buyer, id, "reversed");
        var log = await ApiCalls.NotificationsAsync(buyer.Client);
        Assert.Equal(["topup_reversed", "topup_settled"], log.Select(n => n.GetProperty("kind").GetString()));
        var overview = await ApiCalls.OverviewAsync(app.Admin.Client);
        var virtualAccount = overviewBefore.GetProperty("topUps").GetProperty("virtualAccount").GetInt64();
        Assert.Equal(virtualAccount + Amount, settledPart);
        Assert.Equal(virtualAccount, overview.GetProperty("topUps").GetProperty("virtualAccount").GetInt64());
        Assert.True(overview.GetProperty("conservation").GetProperty("balanced").GetBoolean());
        var flows = await TodayAsync();
        Assert.Equal(Total(flowsBefore, "in", "virtualAccount") + Amount, Total(flows, "in", "virtualAccount"));
        Assert.Equal(Total(flowsBefore, "reversals", "topUps") + Amount, Total(flows, "reversals", "topUps"));
        Assert.Equal(Total(flowsBefore, "net"), Total(flows, "net"));
    }

    private async Task<(TestUser Buyer, string TopUpId)> OpenAsync()
    {
        var buyer = await app.CreateUserAsync();
        var topUp = await ApiCalls.ExpectAsync(
            await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = Amount, bank = "bni" })), HttpStatusCode.Created);
        return (buyer, topUp.GetProperty("id").GetString()!);
    }

    /// <summary>The community cash flow of yesterday and today in Jakarta (a run across midnight still sees every flow).</summary>
    private async Task<JsonElement> TodayAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var from = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await app.Admin.Client.GetAsync($"/api/v1/admin/reports/cash-flow?from={from}&to={to}");
        return (await ApiCalls.ExpectAsync(response, HttpStatusCode.OK)).GetProperty("totals");
    }

    private static long Total(JsonElement totals, string group, string? field = null) =>
        field is null ? totals.GetProperty(group).GetInt64() : totals.GetProperty(group).GetProperty(field).GetInt64();
}

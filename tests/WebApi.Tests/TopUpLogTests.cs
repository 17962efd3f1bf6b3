using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>The top-up log of every channel, and the virtual-account endpoint of an app without a Midtrans server key.</summary>
[Collection(SharedApi.Name)]
public sealed class TopUpLogTests(ApiFixture app)
{
    [Fact]
    public async Task List_CashDeskAndBankTransfer_ShowsBothNewestFirstWithTheirChannelFields()
    {
        var buyer = await app.CreateUserAsync();
        var cash = (await app.TopUpAsync(buyer.Id, 20_000)).GetProperty("id").GetString();
        var transfer = await BankTransferAsync(buyer, 30_000);

        var items = await ListAsync(buyer, "");

        Assert.Equal([transfer, cash], items.Select(item => item.GetProperty("id").GetString()));
        Assert.Equal("bank_transfer", items[0].GetProperty("channel").GetString());
        Assert.Equal("TRF-1", items[0].GetProperty("transferReference").GetString());
        Assert.True(items[0].TryGetProperty("destination", out _));
        Assert.Equal("admin", items[1].GetProperty("channel").GetString());
        Assert.Equal("settled", items[1].GetProperty("status").GetString());
        Assert.Equal(app.Admin.Id, items[1].GetProperty("createdBy").GetString());
        Assert.False(items[1].TryGetProperty("senderBank", out _));
        Assert.False(items[1].TryGetProperty("balanceAfter", out _));
    }

    [Fact]
    public async Task List_StatusFilter_KeepsOnlyThatStatus()
    {
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 20_000);
        var transfer = await BankTransferAsync(buyer, 30_000);

        var awaiting = await ListAsync(buyer, "?status=awaiting_review");
        var settled = await ListAsync(buyer, "?status=settled");

        Assert.Equal(transfer, Assert.Single(awaiting).GetProperty("id").GetString());
        Assert.Equal("admin", Assert.Single(settled).GetProperty("channel").GetString());
    }

    [Theory]
    [InlineData("?status=paid", "status")]
    [InlineData("?status=Settled", "status")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?before=nonsense", "before")]
    public async Task List_BadQuery_Returns400(string query, string field)
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.GetAsync($"/api/v1/topups{query}");

        await response.AssertValidationAsync(field);
    }

    [Fact]
    public async Task List_Paged_WalksEveryTopUpOnce()
    {
        var buyer = await app.CreateUserAsync();
        for (var i = 1; i <= 3; i++)
        {
            await app.TopUpAsync(buyer.Id, i * 10_000);
        }

        var first = await PageAsync(buyer, "?limit=2");
        var second = await PageAsync(buyer, $"?limit=2&before={first.GetProperty("nextCursor").GetString()}");

        var amounts = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(item => item.GetProperty("amount").GetInt64());
        Assert.Equal([30_000L, 20_000, 10_000], amounts);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Get_SomeoneElsesTopUp_Returns404()
    {
        var owner = await app.CreateUserAsync();
        var other = await app.CreateUserAsync();
        var id = await BankTransferAsync(owner, 30_000);

        using var mine = await owner.Client.GetAsync($"/api/v1/topups/{id}");
        using var theirs = await other.Client.GetAsync($"/api/v1/topups/{id}");
        using var unknown = await owner.Client.GetAsync("/api/v1/topups/top_unknown");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        await theirs.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task AdminList_AwaitingReview_ShowsEveryUsersTransfersAndFiltersByUser()
    {
        var first = await app.CreateUserAsync();
        var second = await app.CreateUserAsync("seller");
        var a = await BankTransferAsync(first, 30_000);
        var b = await BankTransferAsync(second, 40_000);

        var queue = await AdminListAsync("?status=awaiting_review&limit=200");
        var ofSecond = await AdminListAsync($"?userId={second.Id}");

        var ids = queue.Select(item => item.GetProperty("id").GetString()).ToList();
        Assert.Contains(a, ids);
        Assert.Contains(b, ids);
        Assert.All(queue, item => Assert.Equal("awaiting_review", item.GetProperty("status").GetString()));
        Assert.Equal(b, Assert.Single(ofSecond).GetProperty("id").GetString());
        using var one = await app.Admin.Client.GetAsync($"/api/v1/admin/topups/{a}");
        Assert.Equal(first.Id, (await one.ReadJsonAsync()).GetProperty("accountId").GetString());
    }

    [Fact]
    public async Task AdminList_ByABuyer_Returns403()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.GetAsync("/api/v1/admin/topups?status=awaiting_review");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task VirtualAccount_WithoutServerKey_Returns503GatewayNotConfigured()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = 50_000, bank = "bca" }));

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "gateway_not_configured");
        Assert.Empty(await ListAsync(buyer, ""));
    }

    [Fact]
    public async Task Notification_WithoutServerKey_Returns503SoMidtransRetries()
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/midtrans/notifications",
            Api.Json("""{"order_id":"top_x","status_code":"200","gross_amount":"10000.00","signature_key":"00"}"""));

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "gateway_not_configured");
    }

    [Theory]
    [InlineData("""{"amount":50000,"bank":"mybank"}""", "bank")]
    [InlineData("""{"amount":50000,"bank":"BCA"}""", "bank")]
    [InlineData("""{"amount":50000}""", "bank")]
    [InlineData("""{"amount":9999,"bank":"bca"}""", "amount")]
    [InlineData("""{"amount":10000001,"bank":"bca"}""", "amount")]
    [InlineData("""{"amount":"50000","bank":"bca"}""", "amount")]
    [InlineData("""{"amount":5e4,"bank":"bca"}""", "amount")]
    public async Task VirtualAccount_InvalidBody_Returns400(string body, string field)
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(body));

        await response.AssertValidationAsync(field);
    }

    [Fact]
    public async Task VirtualAccount_ByAnAdmin_Returns403()
    {
        using var response = await app.Admin.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = 50_000, bank = "bca" }));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    private static async Task<string> BankTransferAsync(TestUser user, long amount)
    {
        using var response = await user.Client.PostAsync("/api/v1/topups/bank-transfer",
            Api.Json(new { amount, senderBank = "BCA", senderAccountName = user.Name, transferReference = "TRF-1" }));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"bank transfer failed: {body}");
        return body.GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> PageAsync(TestUser user, string query)
    {
        using var response = await user.Client.GetAsync($"/api/v1/topups{query}");
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"top-up log failed: {body}");
        return body;
    }

    private static async Task<List<JsonElement>> ListAsync(TestUser user, string query) =>
        [.. (await PageAsync(user, query)).GetProperty("items").EnumerateArray()];

    private async Task<List<JsonElement>> AdminListAsync(string query)
    {
        using var response = await app.Admin.Client.GetAsync($"/api/v1/admin/topups{query}");
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"admin top-up log failed: {body}");
        return [.. body.GetProperty("items").EnumerateArray()];
    }
}

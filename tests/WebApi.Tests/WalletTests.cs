using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class WalletTests(ApiFixture app)
{
    [Fact]
    public async Task GetWallet_NewBuyer_ReturnsEmptyWalletWithLimits()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.GetAsync("/api/v1/wallet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var wallet = await response.ReadJsonAsync();
        Assert.Equal(buyer.Id, wallet.GetProperty("accountId").GetString());
        Assert.Equal(JsonValueKind.Number, wallet.GetProperty("balance").ValueKind);
        Assert.Equal(0, wallet.GetProperty("balance").GetInt64());
        Assert.Equal("IDR", wallet.GetProperty("currency").GetString());
        Assert.Equal("active", wallet.GetProperty("status").GetString());
        var limits = wallet.GetProperty("limits");
        Assert.Equal(10_000_000, limits.GetProperty("maxBalance").GetInt64());
        Assert.Equal(10_000_000, limits.GetProperty("maxTransactionAmount").GetInt64());
        Assert.Equal(10_000, limits.GetProperty("minTopUp").GetInt64());
        Assert.Equal(10_000, limits.GetProperty("minWithdrawal").GetInt64());
        wallet.GetProperty("updatedAt").ReadTime();
    }

    [Fact]
    public async Task GetWallet_FrozenSeller_CanStillReadAndSeesFrozen()
    {
        var seller = await app.CreateUserAsync("seller");
        await app.TopUpAsync(seller.Id, 25_000);
        await app.SetFrozenAsync(seller.Id, frozen: true);

        using var response = await seller.Client.GetAsync("/api/v1/wallet");

        var wallet = await response.ReadJsonAsync();
        Assert.Equal("frozen", wallet.GetProperty("status").GetString());
        Assert.Equal(25_000, wallet.GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task ListTransactions_AfterTopUpAndPayment_ShowsSignedEntriesNewestFirst()
    {
        var buyer = await app.CreateUserAsync();
        var seller = await app.CreateUserAsync("seller");
        var topUp = await app.TopUpAsync(buyer.Id, 50_000);
        using var paid = await ApiFixture.PayAsync(buyer, seller.Id, 12_000);
        var payment = await paid.ReadJsonAsync();

        var buyerLog = await ListAsync(buyer, "");
        var sellerLog = await ListAsync(seller, "");

        var items = buyerLog.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        AssertEntry(items[0], "payment_out", -12_000, 38_000, seller.Id, payment.GetProperty("id").GetString()!);
        AssertEntry(items[1], "topup", 50_000, 50_000, app.Admin.Id, topUp.GetProperty("id").GetString()!);
        Assert.Equal(JsonValueKind.Null, buyerLog.GetProperty("nextCursor").ValueKind);
        var received = Assert.Single(sellerLog.GetProperty("items").EnumerateArray());
        AssertEntry(received, "payment_in", 12_000, 12_000, buyer.Id, payment.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task ListTransactions_Paged_WalksEveryEntryOnceNewestFirst()
    {
        var buyer = await app.CreateUserAsync();
        for (var i = 1; i <= 5; i++)
        {
            await app.TopUpAsync(buyer.Id, i * 10_000);
        }

        var seen = new List<JsonElement>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ListAsync(buyer, cursor is null ? "?limit=2" : $"?limit=2&before={Uri.EscapeDataString(cursor)}");
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(5, seen.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal([50_000L, 40_000, 30_000, 20_000, 10_000], seen.Select(e => e.GetProperty("amount").GetInt64()));
        Assert.Equal([150_000L, 100_000, 60_000, 30_000, 10_000], seen.Select(e => e.GetProperty("balanceAfter").GetInt64()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public async Task ListTransactions_InvalidLimit_Returns400(string limit)
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.GetAsync($"/api/v1/wallet/transactions?limit={limit}");

        await response.AssertValidationAsync("limit");
    }

    [Fact]
    public async Task ListTransactions_LimitBounds_AreAccepted()
    {
        var buyer = await app.CreateUserAsync();

        Assert.Equal(HttpStatusCode.OK, (await buyer.Client.GetAsync("/api/v1/wallet/transactions?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await buyer.Client.GetAsync("/api/v1/wallet/transactions?limit=200")).StatusCode);
    }

    [Theory]
    [InlineData("not-a-cursor%21")]
    [InlineData("12345")]
    [InlineData("c1.%2A%2A%2A")]
    public async Task ListTransactions_BogusCursor_Returns400(string cursor)
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.GetAsync($"/api/v1/wallet/transactions?before={cursor}");

        await response.AssertValidationAsync("before");
    }

    private static async Task<JsonElement> ListAsync(TestUser user, string query)
    {
        using var response = await user.Client.GetAsync($"/api/v1/wallet/transactions{query}");
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    private static void AssertEntry(JsonElement entry, string kind, long amount, long balanceAfter, string counterparty, string reference)
    {
        Assert.StartsWith("ent_", entry.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(kind, entry.GetProperty("kind").GetString());
        Assert.Equal(amount, entry.GetProperty("amount").GetInt64());
        Assert.Equal(balanceAfter, entry.GetProperty("balanceAfter").GetInt64());
        Assert.Equal(counterparty, entry.GetProperty("counterparty").GetString());
        Assert.Equal(reference, entry.GetProperty("reference").GetString());
        Assert.Equal(JsonValueKind.String, entry.GetProperty("description").ValueKind);
        entry.GetProperty("createdAt").ReadTime();
    }
}

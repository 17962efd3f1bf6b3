using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>Large cash-desk top-ups, and an admin's top-ups past a daily count, wait for a second admin's approval.</summary>
public sealed class CashDeskReviewTests : IAsyncLifetime
{
    private readonly ApiFixture _app = new ReviewFixture();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task CashDesk_AboveTheAmountOrPastTheDailyCount_AwaitsASecondAdmin()
    {
        var second = await _app.CreateUserAsync("admin");
        var buyer = await _app.CreateUserAsync();

        var large = await TopUpAsync(_app.Admin, buyer.Id, 150_000);
        Assert.Equal("awaiting_review", large.GetProperty("status").GetString());
        Assert.Equal(0, await BalanceAsync(buyer));
        var id = large.GetProperty("id").GetString();
        using (var self = await _app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null))
        {
            await self.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }

        Assert.Equal(0, await BalanceAsync(buyer));
        using (var approved = await second.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            Assert.Equal(second.Id, (await approved.ReadJsonAsync()).GetProperty("reviewedBy").GetString());
        }

        Assert.Equal(150_000, await BalanceAsync(buyer));

        // The large one was this admin's first of the day; the second is settled, the third waits.
        Assert.Equal("settled", (await TopUpAsync(_app.Admin, buyer.Id, 50_000)).GetProperty("status").GetString());
        Assert.Equal("awaiting_review", (await TopUpAsync(_app.Admin, buyer.Id, 50_000)).GetProperty("status").GetString());
        Assert.Equal("settled", (await TopUpAsync(second, buyer.Id, 50_000)).GetProperty("status").GetString());
        Assert.Equal(250_000, await BalanceAsync(buyer));
    }

    private static async Task<System.Text.Json.JsonElement> TopUpAsync(TestUser admin, string userId, long amount)
    {
        using var response = await admin.Client.PostAsync("/api/v1/admin/topups", Api.Json(new { userId, amount }));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    private static async Task<long> BalanceAsync(TestUser user)
    {
        using var wallet = await user.Client.GetAsync("/api/v1/wallet");
        return (await wallet.ReadJsonAsync()).GetProperty("balance").GetInt64();
    }

    private sealed class ReviewFixture() : ApiFixture(new CashlessApiFactory(new Dictionary<string, string>
    {
        ["CashDesk:ReviewAbove"] = "100000",
        ["CashDesk:DailyCountBeforeReview"] = "2",
    }));
}

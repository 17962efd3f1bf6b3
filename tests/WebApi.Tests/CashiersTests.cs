using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>Cashier logins: what they may do for their seller, what they may not, and disabling them.</summary>
[Collection(TillApi.Name)]
public sealed class CashiersTests(TillFixture app)
{
    [Fact]
    public async Task Seller_CreatesAndListsItsCashiers_TakenEmailIs409()
    {
        var (seller, cashier) = await app.SellerWithCashierAsync(cashierName: "Rina");

        var list = await ApiCalls.ExpectAsync(await seller.Client.GetAsync("/api/v1/cashiers"), HttpStatusCode.OK);
        using var taken = await seller.Client.PostAsync("/api/v1/cashiers",
            Api.Json(new { name = "Again", email = cashier.Email, password = "Password-123" }));

        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal(cashier.Id, only.GetProperty("id").GetString());
        Assert.Equal("Rina", only.GetProperty("name").GetString());
        Assert.Equal("active", only.GetProperty("status").GetString());
        Assert.Equal("cashier", cashier.Role);
        await taken.AssertProblemAsync(HttpStatusCode.Conflict, "email_taken");
    }

    [Theory]
    [InlineData("GET", "/api/v1/wallet")]
    [InlineData("POST", "/api/v1/payments")]
    [InlineData("POST", "/api/v1/withdrawals")]
    [InlineData("GET", "/api/v1/withdrawals")]
    [InlineData("POST", "/api/v1/topups/bank-transfer")]
    [InlineData("GET", "/api/v1/admin/users")]
    [InlineData("GET", "/api/v1/admin/reports/overview")]
    [InlineData("POST", "/api/v1/cashiers")]
    [InlineData("GET", "/api/v1/cashiers")]
    public async Task Cashier_OnAnythingButTheTill_Is403(string method, string path)
    {
        var (_, cashier) = await app.SellerWithCashierAsync();

        using var response = await cashier.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? ApiCalls.Withdrawal(10_000) : null,
        });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Cashier_CannotPayARequest_NorBeingPaid()
    {
        var (seller, cashier) = await app.SellerWithCashierAsync();
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 20_000);
        var id = (await TillFixture.RequestAsync(seller, 1_000)).GetProperty("id").GetString()!;

        using var pay = await TillFixture.PayRequestAsync(cashier, id);
        using var paid = await ApiFixture.PayAsync(buyer, cashier.Id, 1_000);

        await pay.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await paid.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Disable_RefusesTheCashiersTokensAtOnce_AndItsLogin()
    {
        var (seller, cashier) = await app.SellerWithCashierAsync();
        await TillFixture.RequestAsync(cashier, 1_000);

        var disabled = await ApiCalls.ExpectAsync(await seller.Client.PostAsync($"/api/v1/cashiers/{cashier.Id}/disable", null), HttpStatusCode.OK);
        using var afterwards = await cashier.Client.PostAsync("/api/v1/payment-requests", Api.Json(new { amount = 1_000 }));
        using var login = await app.Anonymous().PostAsync("/api/v1/auth/login", Api.Json(new { email = cashier.Email, password = cashier.Password }));

        Assert.Equal("disabled", disabled.GetProperty("status").GetString());
        await afterwards.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
        await login.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Disable_SomeoneElsesCashier_Is404()
    {
        var (_, cashier) = await app.SellerWithCashierAsync();
        var (other, _) = await app.SellerWithCashierAsync();

        using var response = await other.Client.PostAsync($"/api/v1/cashiers/{cashier.Id}/disable", null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await TillFixture.RequestAsync(cashier, 1_000);
    }
}

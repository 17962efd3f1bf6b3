using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class AdminTopUpsTests(ApiFixture app)
{
    [Fact]
    public async Task TopUp_ByUserId_Returns201SettledAndCreditsAtOnce()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/topups",
            Api.Json(new { userId = buyer.Id, amount = 75_000, note = "Receipt 0042" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var topUp = await response.ReadJsonAsync();
        Assert.StartsWith("top_", topUp.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(buyer.Id, topUp.GetProperty("accountId").GetString());
        Assert.Equal("admin", topUp.GetProperty("channel").GetString());
        Assert.Equal("settled", topUp.GetProperty("status").GetString());
        Assert.Equal(75_000, topUp.GetProperty("amount").GetInt64());
        Assert.Equal("Receipt 0042", topUp.GetProperty("note").GetString());
        Assert.Equal(app.Admin.Id, topUp.GetProperty("createdBy").GetString());
        Assert.Equal(75_000, topUp.GetProperty("balanceAfter").GetInt64());
        topUp.GetProperty("createdAt").ReadTime();
        Assert.Equal(75_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task TopUp_ByEmailInOtherCase_CreditsThatUser()
    {
        var seller = await app.CreateUserAsync("seller");

        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/topups",
            Api.Json(new { email = seller.Email.ToUpperInvariant(), amount = 10_000 }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(seller.Id, (await response.ReadJsonAsync()).GetProperty("accountId").GetString());
        Assert.Equal(10_000, await ApiFixture.BalanceAsync(seller));
    }

    [Theory]
    [InlineData("""{"amount":10000}""", "userId")]
    [InlineData("""{"userId":"usr_a","email":"a@example.test","amount":10000}""", "userId")]
    [InlineData("""{"email":"not-an-email","amount":10000}""", "email")]
    [InlineData("""{"userId":"usr_a"}""", "amount")]
    [InlineData("""{"userId":"usr_a","amount":9999}""", "amount")]
    [InlineData("""{"userId":"usr_a","amount":10000001}""", "amount")]
    [InlineData("""{"userId":"usr_a","amount":10000.5}""", "amount")]
    [InlineData("""{"userId":"usr_a","amount":"10000"}""", "amount")]
    [InlineData("""{"userId":"usr_a","amount":1e5}""", "amount")]
    [InlineData("""{"userId":"usr_a","amount":-10000}""", "amount")]
    public async Task TopUp_InvalidBody_Returns400(string body, string field)
    {
        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/topups", Api.Json(body));

        await response.AssertValidationAsync(field);
    }

    [Fact]
    public async Task TopUp_UnknownUser_Returns404()
    {
        using var byId = await app.Admin.Client.PostAsync("/api/v1/admin/topups",
            Api.Json(new { userId = "usr_00000000000000000000000000000002", amount = 10_000 }));
        using var byEmail = await app.Admin.Client.PostAsync("/api/v1/admin/topups",
            Api.Json(new { email = Api.NewEmail("ghost"), amount = 10_000 }));

        await byId.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await byEmail.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task TopUp_AdminAccount_Returns404()
    {
        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/topups", Api.Json(new { userId = app.Admin.Id, amount = 10_000 }));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task TopUp_FrozenUser_Returns403AccountFrozen()
    {
        var buyer = await app.CreateUserAsync();
        await app.SetFrozenAsync(buyer.Id, frozen: true);

        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/topups", Api.Json(new { userId = buyer.Id, amount = 10_000 }));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task TopUp_BeyondMaxBalance_Returns422BalanceLimitExceeded()
    {
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 9_990_001);

        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/topups", Api.Json(new { userId = buyer.Id, amount = 10_000 }));

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "balance_limit_exceeded");
        Assert.Equal(9_990_001, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task TopUp_UpToMaxBalanceExactly_IsAccepted()
    {
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 9_990_000);

        await app.TopUpAsync(buyer.Id, 10_000);

        Assert.Equal(10_000_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task TopUp_WithoutToken_Returns401()
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/admin/topups", Api.Json(new { userId = "usr_a", amount = 10_000 }));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "missing_token");
    }
}

using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// A token is judged by what its user is now, not by what it said when issued: a freeze, a demotion or a revocation by
/// another admin applies to the very next request of every token the user holds.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class AccountPowersTests(ApiFixture app)
{
    [Fact]
    public async Task FrozenAdmin_ExistingToken_CanNeitherListUsersNorCreditAtTheCashDesk()
    {
        var rogue = await app.CreateUserAsync("admin");
        var buyer = await app.CreateUserAsync();
        using (var before = await rogue.Client.GetAsync("/api/v1/admin/users"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var freeze = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{rogue.Id}/freeze", null))
        {
            Assert.Equal(HttpStatusCode.OK, freeze.StatusCode);
        }

        using var list = await rogue.Client.GetAsync("/api/v1/admin/users");
        await list.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        using var credit = await rogue.Client.PostAsync("/api/v1/admin/topups", Api.Json(new { userId = buyer.Id, amount = 50_000 }));
        await credit.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        using var wallet = await buyer.Client.GetAsync("/api/v1/wallet");
        Assert.Equal(0, (await wallet.ReadJsonAsync()).GetProperty("balance").GetInt64());

        // A fresh login does not bring the powers back; unfreezing does, for the old token too.
        var again = await app.LoginAsync(rogue.Email, rogue.Password);
        using var fresh = await again.Client.GetAsync("/api/v1/admin/users");
        await fresh.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        using (var unfreeze = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{rogue.Id}/unfreeze", null))
        {
            Assert.Equal(HttpStatusCode.OK, unfreeze.StatusCode);
        }

        using var after = await rogue.Client.GetAsync("/api/v1/admin/users");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task FrozenBuyer_ExistingToken_StillReadsItsWallet()
    {
        var buyer = await app.CreateUserAsync();
        using (var freeze = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/freeze", null))
        {
            Assert.Equal(HttpStatusCode.OK, freeze.StatusCode);
        }

        using var wallet = await buyer.Client.GetAsync("/api/v1/wallet");

        Assert.Equal(HttpStatusCode.OK, wallet.StatusCode);
        Assert.Equal("frozen", (await wallet.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task DemotedAdmin_ExistingToken_HasTheNewRoleAtOnce()
    {
        var admin = await app.CreateUserAsync("admin");

        using var demote = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{admin.Id}/role", Api.Json(new { role = "buyer" }));

        Assert.Equal(HttpStatusCode.OK, demote.StatusCode);
        Assert.Equal("buyer", (await demote.ReadJsonAsync()).GetProperty("role").GetString());
        using var adminCall = await admin.Client.GetAsync("/api/v1/admin/users");
        await adminCall.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var wallet = await admin.Client.GetAsync("/api/v1/wallet");
        Assert.Equal(HttpStatusCode.OK, wallet.StatusCode);
        Assert.Equal("buyer", (await app.LoginAsync(admin.Email, admin.Password)).Role);
    }

    [Fact]
    public async Task PromotedBuyer_WithMoney_IsRefused409AndKeepsItsRole()
    {
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 20_000);

        using var promote = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/role", Api.Json(new { role = "admin" }));

        await promote.AssertProblemAsync(HttpStatusCode.Conflict, "account_not_empty");
        using var adminCall = await buyer.Client.GetAsync("/api/v1/admin/users");
        await adminCall.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var toSeller = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/role", Api.Json(new { role = "seller" }));
        Assert.Equal(HttpStatusCode.OK, toSeller.StatusCode);
    }

    [Fact]
    public async Task ChangeRole_OwnRoleOrUnknownUserOrBadRole_IsRefused()
    {
        using var own = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{app.Admin.Id}/role", Api.Json(new { role = "buyer" }));
        await own.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var unknown = await app.Admin.Client.PostAsync("/api/v1/admin/users/usr_nobody/role", Api.Json(new { role = "buyer" }));
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        var buyer = await app.CreateUserAsync();
        using var bad = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/role", Api.Json(new { role = "root" }));
        await bad.AssertValidationAsync("role");
    }

    [Fact]
    public async Task RevokeSessions_EveryTokenOfTheUser_IsRefusedButANewLoginWorks()
    {
        var buyer = await app.CreateUserAsync();
        var second = await app.LoginAsync(buyer.Email, buyer.Password);

        using var revoke = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/sessions/revoke", null);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        foreach (var client in new[] { buyer.Client, second.Client })
        {
            using var wallet = await client.GetAsync("/api/v1/wallet");
            await wallet.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
        }

        var fresh = await app.LoginAsync(buyer.Email, buyer.Password);
        using var ok = await fresh.Client.GetAsync("/api/v1/wallet");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var byBuyer = await fresh.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/sessions/revoke", null);
        await byBuyer.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}

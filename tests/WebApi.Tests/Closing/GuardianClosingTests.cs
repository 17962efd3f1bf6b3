using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests.Closing;

/// <summary>
/// A linked guardian closes a leaving student's wallet: the balance goes to a bank account or to a brother or sister
/// linked to the same guardian, never to anyone else's wallet, and another family's guardian cannot close it at all.
/// </summary>
[Collection(FamilyApi.Name)]
public sealed class GuardianClosingTests(FamilyFixture app)
{
    [Fact]
    public async Task Close_ToASiblingLinkedToTheSameGuardian_MovesTheBalanceAndClosesTheWallet()
    {
        var (leaving, guardian) = await app.FamilyAsync(balance: 30_000);
        var sibling = await SiblingAsync(guardian, balance: 10_000);
        await FamilyFixture.SetLimitsAsync(guardian, leaving.Id, new { lowBalanceThreshold = 20_000, alertPaymentsOver = 1_000 });

        var closed = await ApiCalls.ExpectAsync(await CloseAsync(guardian, leaving.Id, new { toWallet = sibling.Id }), HttpStatusCode.OK);

        Assert.Equal("closed", closed.GetProperty("user").GetProperty("status").GetString());
        Assert.Equal(30_000, closed.GetProperty("paidOut").GetInt64());
        Assert.Equal(0, await ApiFixture.BalanceAsync(leaving));
        Assert.Equal(40_000, await ApiFixture.BalanceAsync(sibling));
        var canteen = await app.CreateUserAsync("seller");
        using var refused = await leaving.Client.PostAsync("/api/v1/payments", Api.Json(new { to = canteen.Id, amount = 1_000 }));
        await refused.AssertProblemAsync(HttpStatusCode.Conflict, "account_closed");
        var told = (await ApiCalls.NotificationsAsync(guardian.Client)).Select(n => n.GetProperty("kind").GetString());
        Assert.DoesNotContain("balance_low", told);
        Assert.DoesNotContain("large_payment", told);
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Close_ToABankAccount_HoldsTheBalanceAsAPendingWithdrawal()
    {
        var (leaving, guardian) = await app.FamilyAsync(balance: 20_000);

        var closed = await ApiCalls.ExpectAsync(await CloseAsync(guardian, leaving.Id,
            new { bankCode = "bca", accountNumber = "1234567890", accountName = "Ibu Rahma" }), HttpStatusCode.OK);

        Assert.Equal(20_000, closed.GetProperty("withdrawal").GetProperty("amount").GetInt64());
        Assert.Equal("pending", closed.GetProperty("withdrawal").GetProperty("status").GetString());
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Close_ToAWalletOutsideTheFamily_IsNotFound_AndNothingMoves()
    {
        var (leaving, guardian) = await app.FamilyAsync(balance: 30_000);
        var stranger = await app.CreateUserAsync("buyer");
        var seller = await app.CreateUserAsync("seller");

        foreach (var toWallet in new[] { stranger.Id, stranger.Email, seller.Id, leaving.Id, guardian.Id, "usr_nobody" })
        {
            using var refused = await CloseAsync(guardian, leaving.Id, new { toWallet });
            await refused.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        }

        Assert.Equal(30_000, await ApiFixture.BalanceAsync(leaving));
        Assert.Equal(0, await ApiFixture.BalanceAsync(stranger));
        Assert.Equal("active", (await ApiCalls.ExpectAsync(await leaving.Client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK))
            .GetProperty("status").GetString());
    }

    [Fact]
    public async Task Close_ByAnotherFamilysGuardian_OrByTheStudent_IsRefused_AndNothingChanges()
    {
        var (leaving, _) = await app.FamilyAsync(balance: 30_000);
        var (_, otherGuardian) = await app.FamilyAsync(balance: 0);
        var bank = new { bankCode = "bca", accountNumber = "1234567890", accountName = "Not Their Child" };

        using (var refused = await CloseAsync(otherGuardian, leaving.Id, bank))
        {
            await refused.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        }

        using (var refused = await CloseAsync(leaving, leaving.Id, bank))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(30_000, await ApiFixture.BalanceAsync(leaving));
    }

    private async Task<TestUser> SiblingAsync(TestUser guardian, long balance)
    {
        var sibling = await app.CreateUserAsync("buyer", "Adik");
        await app.TopUpAsync(sibling.Id, balance);
        await ApiCalls.ExpectAsync(await FamilyFixture.RedeemAsync(guardian, await FamilyFixture.CodeAsync(sibling)), HttpStatusCode.Created);
        return sibling;
    }

    private static Task<HttpResponseMessage> CloseAsync(TestUser caller, string studentId, object body) =>
        caller.Client.PostAsync($"/api/v1/children/{studentId}/close", Api.Json(body));
}

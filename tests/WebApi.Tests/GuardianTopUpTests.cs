using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// A guardian tops up a linked student by virtual account (through the Midtrans emulator) or bank transfer: the top-up
/// is the student's, credited once whatever duplicates Midtrans sends, and seen by both.
/// </summary>
[Collection(MidtransApi.Name)]
public sealed class GuardianTopUpTests(MidtransFixture app)
{
    private const long Amount = 75_000;

    [Fact]
    public async Task VirtualAccount_ByAGuardian_CreditsTheStudentOnce_UnderDuplicateNotifications()
    {
        var (student, guardian) = await FamilyAsync();
        var topUp = await ApiCalls.ExpectAsync(
            await guardian.Client.SendAsync(Api.Post($"/api/v1/children/{student.Id}/topups/virtual-account",
                Api.Json(new { amount = Amount, bank = "bca" }), "child-va-1")),
            HttpStatusCode.Created);
        var id = topUp.GetProperty("id").GetString()!;

        await app.ControlAsync(id, "pay?duplicates=3");

        await app.DeliveriesAsync(id, "settlement", count: 4);
        await MidtransFixture.TopUpInStatusAsync(student, id, "settled");
        Assert.Equal(Amount, await ApiFixture.BalanceAsync(student));
        var journal = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync($"/api/v1/children/{student.Id}/transactions"), HttpStatusCode.OK);
        Assert.Single(journal.GetProperty("items").EnumerateArray());
        var seen = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync($"/api/v1/children/{student.Id}/topups"), HttpStatusCode.OK);
        var seenByGuardian = Assert.Single(seen.GetProperty("items").EnumerateArray());
        Assert.Equal(("settled", guardian.Id), (seenByGuardian.GetProperty("status").GetString(), seenByGuardian.GetProperty("createdBy").GetString()));
        var own = await ApiCalls.ExpectAsync(await student.Client.GetAsync($"/api/v1/topups/{id}"), HttpStatusCode.OK);
        Assert.Equal(guardian.Id, own.GetProperty("createdBy").GetString());
        Assert.Equal(guardian.Id, topUp.GetProperty("createdBy").GetString());
        var copy = Assert.Single(await ApiCalls.NotificationsAsync(guardian.Client));
        Assert.Equal(("topup_settled", student.Id), (copy.GetProperty("kind").GetString(), copy.GetProperty("reference").GetString()));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task BankTransfer_ByAGuardian_IsTheStudentsClaim_AndAnotherFamilysGuardianGets404()
    {
        var (student, guardian) = await FamilyAsync();
        var (_, stranger) = await FamilyAsync();
        var transfer = new { amount = Amount, senderBank = "bca", senderAccountName = "Ibu Rahma", transferReference = $"TRF-{Guid.NewGuid():N}" };

        var claim = await ApiCalls.ExpectAsync(
            await guardian.Client.PostAsync($"/api/v1/children/{student.Id}/topups/bank-transfer", Api.Json(transfer)), HttpStatusCode.Created);
        using var foreign = await stranger.Client.PostAsync($"/api/v1/children/{student.Id}/topups/bank-transfer", Api.Json(transfer));
        using var foreignVa = await stranger.Client.PostAsync($"/api/v1/children/{student.Id}/topups/virtual-account", Api.Json(new { amount = Amount, bank = "bca" }));
        await ApiCalls.ApproveAsync(app.Admin.Client, claim.GetProperty("id").GetString()!);

        Assert.Equal(("awaiting_review", guardian.Id), (claim.GetProperty("status").GetString(), claim.GetProperty("createdBy").GetString()));
        await foreign.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await foreignVa.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(Amount, await ApiFixture.BalanceAsync(student));
        Assert.Equal("topup_approved", Assert.Single(await ApiCalls.NotificationsAsync(guardian.Client)).GetProperty("kind").GetString());
    }

    private async Task<(TestUser Student, TestUser Guardian)> FamilyAsync()
    {
        var student = await app.CreateUserAsync();
        var guardian = await app.CreateUserAsync("guardian");
        await ApiCalls.ExpectAsync(await FamilyFixture.RedeemAsync(guardian, await FamilyFixture.CodeAsync(student)), HttpStatusCode.Created);
        return (student, guardian);
    }
}

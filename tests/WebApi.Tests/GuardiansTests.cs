using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// Guardians: linked by a student's one-time code, they read the student's wallet and set its limits; they never
/// spend the student's money nor see another family's student.
/// </summary>
[Collection(FamilyApi.Name)]
public sealed class GuardiansTests(FamilyFixture app)
{
    [Fact]
    public async Task Guardian_LinkedByCode_SeesTheStudentsPurchasesTopUpsAndNotifications()
    {
        var (student, guardian) = await app.FamilyAsync();
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        await ApiCalls.PayAsync(student.Client, canteen.Id, 7_000);

        var children = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync("/api/v1/children"), HttpStatusCode.OK);
        var wallet = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync($"/api/v1/children/{student.Id}"), HttpStatusCode.OK);
        var journal = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync($"/api/v1/children/{student.Id}/transactions"), HttpStatusCode.OK);
        var topUps = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync($"/api/v1/children/{student.Id}/topups"), HttpStatusCode.OK);
        var notices = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync($"/api/v1/children/{student.Id}/notifications"), HttpStatusCode.OK);
        var guardians = await ApiCalls.ExpectAsync(await student.Client.GetAsync("/api/v1/guardians"), HttpStatusCode.OK);

        var child = Assert.Single(children.EnumerateArray());
        Assert.Equal(student.Id, child.GetProperty("studentId").GetString());
        Assert.Equal("Siti", child.GetProperty("studentName").GetString());
        Assert.Equal(43_000, wallet.GetProperty("balance").GetInt64());
        var purchase = journal.GetProperty("items")[0];
        Assert.Equal(-7_000, purchase.GetProperty("amount").GetInt64());
        Assert.Equal(canteen.Id, purchase.GetProperty("counterparty").GetString());
        Assert.Equal(50_000, Assert.Single(topUps.GetProperty("items").EnumerateArray()).GetProperty("amount").GetInt64());
        Assert.NotEmpty(notices.GetProperty("items").EnumerateArray());
        Assert.Equal("Ibu Rahma", Assert.Single(guardians.EnumerateArray()).GetProperty("guardianName").GetString());
    }

    [Fact]
    public async Task Guardian_ReadingAnotherFamilysStudent_Gets404_OnEveryChildEndpoint()
    {
        var (student, _) = await app.FamilyAsync();
        var (_, stranger) = await app.FamilyAsync();

        foreach (var path in new[] { "", "/transactions", "/topups", "/notifications" })
        {
            using var read = await stranger.Client.GetAsync($"/api/v1/children/{student.Id}{path}");
            await read.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
            using var unknown = await stranger.Client.GetAsync($"/api/v1/children/usr_nobody{path}");
            await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        }

        using var limits = await stranger.Client.PutAsync($"/api/v1/children/{student.Id}/limits", Api.Json(new { dailyLimit = 1 }));
        await limits.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        var wallet = await ApiCalls.ExpectAsync(await student.Client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, wallet.GetProperty("spending").GetProperty("dailyLimit").ValueKind);
    }

    [Fact]
    public async Task Guardian_CanNeverSpend_ItsWalletPaysNoMerchant_AndTakesNoPayments()
    {
        var (student, guardian) = await app.FamilyAsync();
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        await app.TopUpAsync(guardian.Id, 20_000);

        using var pay = await ApiFixture.PayAsync(guardian, canteen.Id, 1_000);
        using var withdraw = await guardian.Client.PostAsync("/api/v1/withdrawals", ApiCalls.Withdrawal(10_000));
        using var toGuardian = await ApiFixture.PayAsync(student, guardian.Id, 1_000);

        await pay.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await withdraw.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await toGuardian.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(guardian));
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(student));
        Assert.Equal(0, await ApiFixture.BalanceAsync(canteen));
    }

    [Fact]
    public async Task Roles_OnlyStudentsMakeCodes_OnlyGuardiansRedeemAndReadChildren()
    {
        var (student, guardian) = await app.FamilyAsync();
        var seller = await app.CreateUserAsync("seller");
        var code = await FamilyFixture.CodeAsync(student);

        using var byGuardian = await guardian.Client.PostAsync("/api/v1/guardians/link-codes", null);
        using var bySeller = await seller.Client.PostAsync("/api/v1/guardians/link-codes", null);
        using var redeemByBuyer = await FamilyFixture.RedeemAsync(student, code);
        using var studentReadsChildren = await student.Client.GetAsync($"/api/v1/children/{student.Id}");
        using var studentSetsOwnLimits = await student.Client.PutAsync($"/api/v1/children/{student.Id}/limits", Api.Json(new { dailyLimit = 1 }));
        using var anonymous = await app.Anonymous().PostAsync("/api/v1/children", Api.Json(new { code }));

        await byGuardian.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await bySeller.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await redeemByBuyer.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await studentReadsChildren.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await studentSetsOwnLimits.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "missing_token");
    }

    [Fact]
    public async Task LinkCode_UsedTwice_IsRefused_TheSecondGuardianIsNotLinked()
    {
        var student = await app.CreateUserAsync("buyer", "Siti");
        var first = await app.CreateUserAsync("guardian");
        var second = await app.CreateUserAsync("guardian");
        var code = await FamilyFixture.CodeAsync(student);

        await ApiCalls.ExpectAsync(await FamilyFixture.RedeemAsync(first, code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)), HttpStatusCode.Created);
        using var again = await FamilyFixture.RedeemAsync(second, code);

        await again.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "link_code_invalid");
        Assert.Empty((await ApiCalls.ExpectAsync(await second.Client.GetAsync("/api/v1/children"), HttpStatusCode.OK)).EnumerateArray());
        using var read = await second.Client.GetAsync($"/api/v1/children/{student.Id}");
        await read.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task LinkCode_RedeemedConcurrentlyByTwoGuardians_LinksExactlyOne()
    {
        var student = await app.CreateUserAsync();
        var guardians = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.CreateUserAsync("guardian")));
        var code = await FamilyFixture.CodeAsync(student);

        var answers = await Task.WhenAll(guardians.Select(g => FamilyFixture.RedeemAsync(g, code)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Single((await ApiCalls.ExpectAsync(await student.Client.GetAsync("/api/v1/guardians"), HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task LinkCode_AfterExpiry_IsRefused_AndAnUnknownCodeReadsTheSame()
    {
        var student = await app.CreateUserAsync();
        var guardian = await app.CreateUserAsync("guardian");
        var code = await FamilyFixture.CodeAsync(student);
        HttpResponseMessage expired;
        try
        {
            app.Clock.JumpTo(DateTimeOffset.UtcNow.AddHours(24).AddMinutes(1));
            expired = await FamilyFixture.RedeemAsync(guardian, code);
        }
        finally
        {
            app.ResetClock();
        }

        using var unknown = await FamilyFixture.RedeemAsync(guardian, "AAAAA-AAAAA");
        using var empty = await FamilyFixture.RedeemAsync(guardian, "");

        await expired.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "link_code_invalid");
        expired.Dispose();
        await unknown.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "link_code_invalid");
        await empty.AssertValidationAsync("code");
    }

    [Fact]
    public async Task LinkCodes_AreLimitedPerStudentPerDay()
    {
        var student = await app.CreateUserAsync();
        for (var i = 0; i < 5; i++)
        {
            await FamilyFixture.CodeAsync(student);
        }

        using var sixth = await student.Client.PostAsync("/api/v1/guardians/link-codes", null);
        using var byAdmin = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{student.Id}/link-codes", null);

        await sixth.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        await byAdmin.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public async Task Student_RemovesAGuardian_WhoThenSeesNothing_AndCannotRemoveAnotherStudentsGuardian()
    {
        var (student, guardian) = await app.FamilyAsync();
        var (other, otherGuardian) = await app.FamilyAsync();

        using var foreign = await student.Client.DeleteAsync($"/api/v1/guardians/{otherGuardian.Id}");
        using var removed = await student.Client.DeleteAsync($"/api/v1/guardians/{guardian.Id}");
        using var again = await student.Client.DeleteAsync($"/api/v1/guardians/{guardian.Id}");
        using var read = await guardian.Client.GetAsync($"/api/v1/children/{student.Id}");

        await foreign.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await read.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await ApiCalls.ExpectAsync(await otherGuardian.Client.GetAsync($"/api/v1/children/{other.Id}"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Admin_SeesAFamily_LinksAndUnlinks_AndSetsLimits()
    {
        var student = await app.CreateUserAsync("buyer", "Siti");
        var guardian = await app.CreateUserAsync("guardian", "Ibu Rahma");
        var seller = await app.CreateUserAsync("seller");

        var link = await ApiCalls.ExpectAsync(
            await app.Admin.Client.PostAsync($"/api/v1/admin/users/{student.Id}/guardians", Api.Json(new { guardianId = guardian.Id })), HttpStatusCode.Created);
        using var toSeller = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{seller.Id}/guardians", Api.Json(new { guardianId = guardian.Id }));
        using var ofBuyer = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{student.Id}/guardians", Api.Json(new { guardianId = seller.Id }));
        await ApiCalls.ExpectAsync(await app.Admin.Client.PutAsync($"/api/v1/admin/users/{student.Id}/limits", Api.Json(new { dailyLimit = 15_000 })), HttpStatusCode.OK);
        var ofStudent = await ApiCalls.ExpectAsync(await app.Admin.Client.GetAsync($"/api/v1/admin/users/{student.Id}/family"), HttpStatusCode.OK);
        var ofGuardian = await ApiCalls.ExpectAsync(await app.Admin.Client.GetAsync($"/api/v1/admin/users/{guardian.Id}/family"), HttpStatusCode.OK);
        using var unlinked = await app.Admin.Client.DeleteAsync($"/api/v1/admin/users/{student.Id}/guardians/{guardian.Id}");
        using var byGuardian = await app.Admin.Client.GetAsync($"/api/v1/admin/users/usr_nobody/family");

        Assert.Equal("Ibu Rahma", link.GetProperty("guardianName").GetString());
        await toSeller.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await ofBuyer.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(guardian.Id, Assert.Single(ofStudent.GetProperty("guardians").EnumerateArray()).GetProperty("guardianId").GetString());
        Assert.Equal(15_000, ofStudent.GetProperty("spending").GetProperty("dailyLimit").GetInt64());
        Assert.Equal(student.Id, Assert.Single(ofGuardian.GetProperty("children").EnumerateArray()).GetProperty("studentId").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ofGuardian.GetProperty("spending").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, unlinked.StatusCode);
        await byGuardian.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        using var read = await guardian.Client.GetAsync($"/api/v1/children/{student.Id}");
        await read.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task FamilyEndpoints_AreAdminOnly_UnderAdminUsers()
    {
        var (student, guardian) = await app.FamilyAsync();

        using var family = await guardian.Client.GetAsync($"/api/v1/admin/users/{student.Id}/family");
        using var limits = await student.Client.PutAsync($"/api/v1/admin/users/{student.Id}/limits", Api.Json(new { dailyLimit = 1 }));

        await family.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await limits.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}

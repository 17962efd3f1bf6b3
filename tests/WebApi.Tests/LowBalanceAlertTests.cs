using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// The low-balance alert (once per crossing of the threshold, to the student and its guardians, committed with the
/// debit) and the top-up notices a guardian gets in its own log.
/// </summary>
[Collection(FamilyApi.Name)]
public sealed class LowBalanceAlertTests(FamilyFixture app)
{
    [Fact]
    public async Task BalanceLow_FiresOncePerCrossing_ToTheStudentAndEachGuardian()
    {
        var (student, mother) = await app.FamilyAsync();
        var father = await app.CreateUserAsync("guardian", "Pak Budi");
        await ApiCalls.ExpectAsync(await FamilyFixture.RedeemAsync(father, await FamilyFixture.CodeAsync(student)), HttpStatusCode.Created);
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        await FamilyFixture.SetLimitsAsync(mother, student.Id, new { lowBalanceThreshold = 20_000 });

        await ApiCalls.PayAsync(student.Client, canteen.Id, 30_000); // 20,000: at the threshold, not below
        await ApiCalls.PayAsync(student.Client, canteen.Id, 5_000); // 15,000: crossed
        await ApiCalls.PayAsync(student.Client, canteen.Id, 5_000); // 10,000: still below, no second alert
        await app.TopUpAsync(student.Id, 20_000); // 30,000
        await ApiCalls.PayAsync(student.Client, canteen.Id, 12_000); // 18,000: crossed again

        var own = await BalanceLowAsync(student);
        Assert.Equal([18_000, 15_000], own.Select(n => n.GetProperty("amount").GetInt64()));
        foreach (var guardian in new[] { mother, father })
        {
            var copies = await BalanceLowAsync(guardian);
            Assert.Equal([18_000, 15_000], copies.Select(n => n.GetProperty("amount").GetInt64()));
            Assert.All(copies, n => Assert.Equal(student.Id, n.GetProperty("reference").GetString()));
        }

        Assert.Empty(await BalanceLowAsync(canteen));
    }

    [Fact]
    public async Task BalanceLow_AWithdrawalCrossingIt_AlertsToo_AndAnUnlinkedGuardianNoLonger()
    {
        var (student, guardian) = await app.FamilyAsync(balance: 30_000);
        await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { lowBalanceThreshold = 25_000 });
        using var unlinked = await student.Client.DeleteAsync($"/api/v1/guardians/{guardian.Id}");
        Assert.Equal(HttpStatusCode.NoContent, unlinked.StatusCode);

        await ApiCalls.WithdrawAsync(student.Client, 10_000);

        Assert.Equal(20_000, Assert.Single(await BalanceLowAsync(student)).GetProperty("amount").GetInt64());
        Assert.Empty(await BalanceLowAsync(guardian));
    }

    [Fact]
    public async Task TopUpOfTheStudent_IsCopiedToTheGuardiansLog_AndTheStudentsPaymentsAreNot()
    {
        var (student, guardian) = await app.FamilyAsync(balance: 0);
        var topUpId = (await app.TopUpAsync(student.Id, 25_000)).GetProperty("id").GetString();
        var canteen = await app.CreateUserAsync("seller");
        await ApiCalls.PayAsync(student.Client, canteen.Id, 1_000);

        var copy = Assert.Single(await ApiCalls.NotificationsAsync(guardian.Client));

        Assert.Equal("topup_settled", copy.GetProperty("kind").GetString());
        Assert.Equal(25_000, copy.GetProperty("amount").GetInt64());
        Assert.Equal(student.Id, copy.GetProperty("reference").GetString());
        Assert.Contains(await ApiCalls.NotificationsAsync(student.Client), n => n.GetProperty("reference").GetString() == topUpId);
    }

    [Fact]
    public async Task LargePayment_AboveTheGuardiansAmount_IsToldToTheGuardiansOnly()
    {
        var (student, guardian) = await app.FamilyAsync();
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        var set = await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { alertPaymentsOver = 10_000 });
        Assert.Equal(10_000, set.GetProperty("spending").GetProperty("alertPaymentsOver").GetInt64());

        await ApiCalls.PayAsync(student.Client, canteen.Id, 10_000);
        await ApiCalls.PayAsync(student.Client, canteen.Id, 10_001);

        var told = Assert.Single(await ApiCalls.NotificationsAsync(guardian.Client));
        Assert.Equal(("large_payment", 10_001, student.Id),
            (told.GetProperty("kind").GetString(), told.GetProperty("amount").GetInt64(), told.GetProperty("reference").GetString()));
        Assert.DoesNotContain(await ApiCalls.NotificationsAsync(student.Client), n => n.GetProperty("kind").GetString() == "large_payment");
    }

    [Fact]
    public async Task LimitReached_IsToldToTheGuardiansOnceADay_HoweverOftenTheChildTries()
    {
        var (student, guardian) = await app.FamilyAsync();
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { dailyLimit = 5_000, paymentLimit = 4_000 });
        await ApiCalls.PayAsync(student.Client, canteen.Id, 4_000);

        using var first = await ApiFixture.PayAsync(student, canteen.Id, 2_000);
        using var again = await ApiFixture.PayAsync(student, canteen.Id, 3_000);
        using var tooBig = await ApiFixture.PayAsync(student, canteen.Id, 4_001);

        await first.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "daily_limit_exceeded");
        await again.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "daily_limit_exceeded");
        await tooBig.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payment_limit_exceeded");
        var told = Assert.Single(await ApiCalls.NotificationsAsync(guardian.Client));
        Assert.Equal(("limit_reached", 2_000, student.Id),
            (told.GetProperty("kind").GetString(), told.GetProperty("amount").GetInt64(), told.GetProperty("reference").GetString()));
        Assert.Contains("Rp 1.000 left today", told.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(46_000, await ApiFixture.BalanceAsync(student));
    }

    [Fact]
    public async Task Threshold_SetByTheStudentItself_KeepsTheGuardiansLimits_AndOnlyStudentsMaySetOne()
    {
        var (student, guardian) = await app.FamilyAsync(balance: 30_000);
        var seller = await app.CreateUserAsync("seller");
        await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { dailyLimit = 20_000 });

        var wallet = await ApiCalls.ExpectAsync(
            await student.Client.PutAsync("/api/v1/wallet/low-balance-threshold", Api.Json(new { threshold = 25_000 })), HttpStatusCode.OK);
        using var bySeller = await seller.Client.PutAsync("/api/v1/wallet/low-balance-threshold", Api.Json(new { threshold = 1 }));
        using var byGuardian = await guardian.Client.PutAsync("/api/v1/wallet/low-balance-threshold", Api.Json(new { threshold = 1 }));
        using var zero = await student.Client.PutAsync("/api/v1/wallet/low-balance-threshold", Api.Json(new { threshold = 0 }));
        await ApiCalls.PayAsync(student.Client, seller.Id, 10_000);

        Assert.Equal((20_000, 25_000), (wallet.GetProperty("spending").GetProperty("dailyLimit").GetInt64(),
            wallet.GetProperty("spending").GetProperty("lowBalanceThreshold").GetInt64()));
        await bySeller.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await byGuardian.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await zero.AssertValidationAsync("threshold");
        Assert.Equal(20_000, Assert.Single(await BalanceLowAsync(student)).GetProperty("amount").GetInt64());
        Assert.Single(await BalanceLowAsync(guardian));
        var cleared = await ApiCalls.ExpectAsync(
            await student.Client.PutAsync("/api/v1/wallet/low-balance-threshold", Api.Json(new { threshold = (long?)null })), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("spending").GetProperty("lowBalanceThreshold").ValueKind);
    }

    private static async Task<List<JsonElement>> BalanceLowAsync(TestUser user) =>
        [.. (await ApiCalls.NotificationsAsync(user.Client)).Where(n => n.GetProperty("kind").GetString() == "balance_low")];
}

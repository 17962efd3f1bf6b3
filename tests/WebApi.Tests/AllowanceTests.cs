using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// A guardian funds its own wallet and moves money from it to a linked student as an allowance: one atomic payment,
/// <c>allowance_out</c> in the guardian's journal and <c>allowance_in</c> in the student's, once per Idempotency-Key,
/// untouched by the student's limits, and only to the guardian's own children.
/// </summary>
[Collection(FamilyApi.Name)]
public sealed class AllowanceTests(FamilyFixture app)
{
    [Fact]
    public async Task Allowance_MovesMoneyAtOnce_AndShowsAsAllowanceInBothJournals_AndNotifications()
    {
        var (student, guardian) = await FundedFamilyAsync(guardianBalance: 100_000);

        var sent = await ApiCalls.ExpectAsync(await SendAsync(guardian, student.Id, 30_000, "uang jajan"), HttpStatusCode.Created);

        Assert.Equal(("completed", 70_000L), (sent.GetProperty("status").GetString(), sent.GetProperty("balanceAfter").GetInt64()));
        Assert.Equal(70_000, await ApiFixture.BalanceAsync(guardian));
        Assert.Equal(80_000, await ApiFixture.BalanceAsync(student));
        var paymentId = sent.GetProperty("id").GetString();
        var debit = (await JournalAsync(guardian.Client, "/api/v1/wallet/transactions"))[0];
        Assert.Equal(("allowance_out", -30_000L, paymentId), (Kind(debit), debit.GetProperty("amount").GetInt64(), debit.GetProperty("reference").GetString()));
        var credit = (await JournalAsync(student.Client, "/api/v1/wallet/transactions"))[0];
        Assert.Equal(("allowance_in", 30_000L, paymentId), (Kind(credit), credit.GetProperty("amount").GetInt64(), credit.GetProperty("reference").GetString()));
        Assert.Equal("allowance_in", Kind((await JournalAsync(guardian.Client, $"/api/v1/children/{student.Id}/transactions"))[0]));
        Assert.Contains(await ApiCalls.NotificationsAsync(student.Client), n => Kind(n) == "allowance_received" && n.GetProperty("reference").GetString() == paymentId);
        Assert.Contains(await ApiCalls.NotificationsAsync(guardian.Client), n => Kind(n) == "allowance_sent" && n.GetProperty("reference").GetString() == paymentId);
        var read = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync($"/api/v1/payments/{paymentId}"), HttpStatusCode.OK);
        Assert.Equal(30_000, read.GetProperty("amount").GetInt64());
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task GuardianWallet_IsFundedByItsOwnBankTransfer_AndReadLikeABuyers()
    {
        var (_, guardian) = await FundedFamilyAsync(guardianBalance: 0);

        await ApiCalls.ApproveAsync(app.Admin.Client, await ApiCalls.BankTransferAsync(guardian.Client, 80_000));

        var wallet = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK);
        Assert.Equal(80_000, wallet.GetProperty("balance").GetInt64());
        var topUps = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync("/api/v1/topups?status=settled"), HttpStatusCode.OK);
        Assert.Single(topUps.GetProperty("items").EnumerateArray());
        Assert.Equal("topup", Kind((await JournalAsync(guardian.Client, "/api/v1/wallet/transactions"))[0]));
    }

    [Fact]
    public async Task Allowance_RepeatedWithTheSameKey_MovesOnce_AndAnotherBodyWithIt_IsRefused()
    {
        var (student, guardian) = await FundedFamilyAsync(guardianBalance: 50_000);
        var key = $"allowance-{Guid.NewGuid():N}";

        var first = await ApiCalls.ExpectAsync(await SendAsync(guardian, student.Id, 20_000, key: key), HttpStatusCode.Created);
        using var again = await SendAsync(guardian, student.Id, 20_000, key: key);
        using var other = await SendAsync(guardian, student.Id, 5_000, key: key);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", Assert.Single(again.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(first.GetProperty("id").GetString(), (await again.ReadJsonAsync()).GetProperty("id").GetString());
        await other.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        Assert.Equal(30_000, await ApiFixture.BalanceAsync(guardian));
        Assert.Equal(70_000, await ApiFixture.BalanceAsync(student));
    }

    [Fact]
    public async Task Allowance_ToAnotherFamilysChild_OrAStranger_Is404_AndMovesNothing()
    {
        var (student, _) = await FundedFamilyAsync(guardianBalance: 0);
        var (_, stranger) = await FundedFamilyAsync(guardianBalance: 40_000);
        var seller = await app.CreateUserAsync("seller");

        using var foreign = await SendAsync(stranger, student.Id, 10_000);
        using var notAChild = await SendAsync(stranger, seller.Id, 10_000);
        using var noSuchUser = await SendAsync(stranger, "usr_missing", 10_000);

        await foreign.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await notAChild.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await noSuchUser.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(40_000, await ApiFixture.BalanceAsync(stranger));
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(student));
    }

    [Fact]
    public async Task Allowance_AboveTheGuardiansBalance_Is422_AndMovesNothing()
    {
        var (student, guardian) = await FundedFamilyAsync(guardianBalance: 10_000);

        using var tooMuch = await SendAsync(guardian, student.Id, 10_001);

        await tooMuch.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "insufficient_funds");
        Assert.Equal(10_000, await ApiFixture.BalanceAsync(guardian));
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(student));
        Assert.Empty(await JournalAsync(student.Client, "/api/v1/wallet/transactions", skipTopUps: true));
    }

    [Fact]
    public async Task Allowance_ToAFrozenChild_IsPayeeCannotReceive_AndTheGuardianKeepsItsMoney()
    {
        var (student, guardian) = await FundedFamilyAsync(guardianBalance: 20_000);
        await app.SetFrozenAsync(student.Id, frozen: true);

        using var refused = await SendAsync(guardian, student.Id, 5_000);
        await app.SetFrozenAsync(student.Id, frozen: false);

        await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payee_cannot_receive");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(guardian));
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(student));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Allowance_IsNotCappedByTheChildsLimits_WhichStillCapTheChildsSpending()
    {
        var (student, guardian) = await FundedFamilyAsync(guardianBalance: 60_000);
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { dailyLimit = 10_000, paymentLimit = 5_000 });

        await ApiCalls.ExpectAsync(await SendAsync(guardian, student.Id, 50_000), HttpStatusCode.Created);
        using var spend = await ApiFixture.PayAsync(student, canteen.Id, 6_000);

        await spend.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payment_limit_exceeded");
        Assert.Equal(100_000, await ApiFixture.BalanceAsync(student));
        var wallet = await ApiCalls.ExpectAsync(await student.Client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK);
        Assert.Equal(10_000, wallet.GetProperty("spending").GetProperty("remainingToday").GetInt64());
    }

    [Fact]
    public async Task Reports_CountAnAllowanceAsAnInternalPayment_AndConservationHolds()
    {
        var (student, guardian) = await FundedFamilyAsync(guardianBalance: 40_000);
        var before = await ApiCalls.OverviewAsync(app.Admin.Client);

        await ApiCalls.ExpectAsync(await SendAsync(guardian, student.Id, 15_000), HttpStatusCode.Created);

        var after = await ApiCalls.OverviewAsync(app.Admin.Client);
        Assert.Equal(Payments(before, "count") + 1, Payments(after, "count"));
        Assert.Equal(Payments(before, "volume") + 15_000, Payments(after, "volume"));
        Assert.Equal(before.GetProperty("liabilities").GetInt64(), after.GetProperty("liabilities").GetInt64());
        Assert.True(after.GetProperty("conservation").GetProperty("balanced").GetBoolean());
        var guardianFlow = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync("/api/v1/reports/cash-flow"), HttpStatusCode.OK);
        var studentFlow = await ApiCalls.ExpectAsync(await student.Client.GetAsync("/api/v1/reports/cash-flow"), HttpStatusCode.OK);
        Assert.Equal((-15_000L, 25_000L), (guardianFlow.GetProperty("byKind").GetProperty("allowance").GetInt64(), guardianFlow.GetProperty("closingBalance").GetInt64()));
        Assert.Equal((15_000L, 65_000L), (studentFlow.GetProperty("byKind").GetProperty("allowance").GetInt64(), studentFlow.GetProperty("closingBalance").GetInt64()));
    }

    [Fact]
    public async Task ClosingAGuardiansWallet_MovesItsBalanceOnlyToItsOwnStudent_AsAnAllowance()
    {
        var (student, guardian) = await FundedFamilyAsync(guardianBalance: 12_000);
        var seller = await app.CreateUserAsync("seller");

        using var toSeller = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{guardian.Id}/close", Api.Json(new { toWallet = seller.Id }));
        var closed = await ApiCalls.ExpectAsync(
            await app.Admin.Client.PostAsync($"/api/v1/admin/users/{guardian.Id}/close", Api.Json(new { toWallet = student.Id })), HttpStatusCode.OK);

        await toSeller.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(12_000, closed.GetProperty("paidOut").GetInt64());
        Assert.Equal(62_000, await ApiFixture.BalanceAsync(student));
        Assert.Equal("allowance_in", Kind((await JournalAsync(student.Client, "/api/v1/wallet/transactions"))[0]));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task ManyAllowances_AndTheChildsPayments_AtOnce_KeepEveryRupiah()
    {
        var (student, guardian) = await FundedFamilyAsync(guardianBalance: 100_000);
        var canteen = await app.CreateUserAsync("seller", "Kantin");

        var allowances = Enumerable.Range(0, 20).Select(_ => SendAsync(guardian, student.Id, 5_000));
        var payments = Enumerable.Range(0, 20).Select(_ => ApiFixture.PayAsync(student, canteen.Id, 4_000));
        var answers = await Task.WhenAll(allowances.Concat(payments));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.UnprocessableEntity, a.StatusCode.ToString()));
        Assert.Equal(20, answers.Take(20).Count(a => a.StatusCode == HttpStatusCode.Created));
        var paidCount = answers.Skip(20).Count(a => a.StatusCode == HttpStatusCode.Created);
        Assert.Equal(0, await ApiFixture.BalanceAsync(guardian));
        Assert.Equal(50_000 + 100_000 - (paidCount * 4_000), await ApiFixture.BalanceAsync(student));
        Assert.Equal(paidCount * 4_000, await ApiFixture.BalanceAsync(canteen));
        await app.AssertConservedAsync();
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    private async Task<(TestUser Student, TestUser Guardian)> FundedFamilyAsync(long guardianBalance)
    {
        var (student, guardian) = await app.FamilyAsync();
        if (guardianBalance > 0)
        {
            await app.TopUpAsync(guardian.Id, guardianBalance);
        }

        return (student, guardian);
    }

    private static Task<HttpResponseMessage> SendAsync(TestUser guardian, string studentId, long amount, string? description = null, string? key = null) =>
        guardian.Client.SendAsync(Api.Post($"/api/v1/children/{studentId}/allowance", Api.Json(new { amount, description }), key));

    private static async Task<IReadOnlyList<JsonElement>> JournalAsync(HttpClient client, string path, bool skipTopUps = false)
    {
        var page = await ApiCalls.ExpectAsync(await client.GetAsync(path), HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Where(e => !skipTopUps || Kind(e) != "topup")];
    }

    private static long Payments(JsonElement overview, string field) => overview.GetProperty("payments").GetProperty(field).GetInt64();

    private static string? Kind(JsonElement element) => element.GetProperty("kind").GetString();
}

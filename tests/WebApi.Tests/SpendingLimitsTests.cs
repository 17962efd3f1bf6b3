using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// Daily and per-payment limits on a student's wallet: decided by the account grain with the balance (so concurrent
/// payments cannot pass them together), reset at local midnight (Reports:TimeZone, Asia/Jakarta), given back by refunds.
/// </summary>
[Collection(FamilyApi.Name)]
public sealed class SpendingLimitsTests(FamilyFixture app)
{
    private static readonly string[] SpendingFields = ["dailyLimit", "paymentLimit", "lowBalanceThreshold", "alertPaymentsOver", "remainingToday"];

    [Fact]
    public async Task DailyLimit_TheEleventhThousandIsRefused_WithWhatIsLeft_AndTheWalletShowsIt()
    {
        var (student, guardian) = await app.FamilyAsync();
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        var set = await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { dailyLimit = 10_000 });
        Assert.Equal(10_000, set.GetProperty("spending").GetProperty("dailyLimit").GetInt64());

        for (var i = 0; i < 9; i++)
        {
            await ApiCalls.ExpectAsync(await ApiFixture.PayAsync(student, canteen.Id, 1_000), HttpStatusCode.Created);
        }

        using var tooMuch = await ApiFixture.PayAsync(student, canteen.Id, 1_500);
        var left = await ApiCalls.ExpectAsync(await student.Client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK);
        await ApiCalls.ExpectAsync(await ApiFixture.PayAsync(student, canteen.Id, 1_000), HttpStatusCode.Created);
        using var eleventh = await ApiFixture.PayAsync(student, canteen.Id, 1_000);

        Assert.Equal(1_000, (await tooMuch.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "daily_limit_exceeded"))
            .GetProperty("remainingToday").GetInt64());
        Assert.Equal(1_000, left.GetProperty("spending").GetProperty("remainingToday").GetInt64());
        Assert.Equal(0, (await eleventh.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "daily_limit_exceeded"))
            .GetProperty("remainingToday").GetInt64());
        Assert.Equal(40_000, await ApiFixture.BalanceAsync(student));
        var seen = await ApiCalls.ExpectAsync(await guardian.Client.GetAsync($"/api/v1/children/{student.Id}"), HttpStatusCode.OK);
        Assert.Equal(0, seen.GetProperty("spending").GetProperty("remainingToday").GetInt64());
        Assert.Equal(10_000, seen.GetProperty("spending").GetProperty("dailyLimit").GetInt64());
    }

    [Fact]
    public async Task DailyLimit_TwoConcurrentPaymentsThatTogetherPassIt_ExactlyOneGoesThrough()
    {
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        for (var round = 0; round < 5; round++)
        {
            var (student, guardian) = await app.FamilyAsync();
            await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { dailyLimit = 10_000 });

            var answers = await Task.WhenAll(ApiFixture.PayAsync(student, canteen.Id, 6_000), ApiFixture.PayAsync(student, canteen.Id, 6_000));

            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            var refused = Assert.Single(answers, a => a.StatusCode != HttpStatusCode.Created);
            var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "daily_limit_exceeded");
            Assert.Equal(4_000, problem.GetProperty("remainingToday").GetInt64());
            Assert.Equal(44_000, await ApiFixture.BalanceAsync(student));
        }

        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task PaymentLimit_APaymentAboveIt_IsRefused_AndMovesNothing()
    {
        var (student, guardian) = await app.FamilyAsync();
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { paymentLimit = 5_000, dailyLimit = 20_000 });

        using var above = await ApiFixture.PayAsync(student, canteen.Id, 5_001);
        await ApiCalls.ExpectAsync(await ApiFixture.PayAsync(student, canteen.Id, 5_000), HttpStatusCode.Created);

        var problem = await above.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payment_limit_exceeded");
        Assert.Equal(20_000, problem.GetProperty("remainingToday").GetInt64());
        Assert.Equal(45_000, await ApiFixture.BalanceAsync(student));
        Assert.Equal(5_000, await ApiFixture.BalanceAsync(canteen));
    }

    [Fact]
    public async Task DailyLimit_ResetsAtLocalMidnight()
    {
        var (student, guardian) = await app.FamilyAsync();
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { dailyLimit = 10_000 });
        var jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var localNow = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, jakarta);
        var midnight = new DateTimeOffset(localNow.Date.AddDays(1), jakarta.GetUtcOffset(localNow.Date.AddDays(1)));
        try
        {
            app.Clock.JumpTo(midnight.AddMinutes(-2));
            await ApiCalls.ExpectAsync(await ApiFixture.PayAsync(student, canteen.Id, 10_000), HttpStatusCode.Created);
            using var late = await ApiFixture.PayAsync(student, canteen.Id, 1);

            app.Clock.JumpTo(midnight.AddMinutes(1));
            await ApiCalls.ExpectAsync(await ApiFixture.PayAsync(student, canteen.Id, 10_000), HttpStatusCode.Created);
            using var again = await ApiFixture.PayAsync(student, canteen.Id, 1);

            Assert.Equal(0, (await late.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "daily_limit_exceeded"))
                .GetProperty("remainingToday").GetInt64());
            await again.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "daily_limit_exceeded");
        }
        finally
        {
            app.ResetClock();
        }

        Assert.Equal(30_000, await ApiFixture.BalanceAsync(student));
    }

    [Fact]
    public async Task Refund_GivesTheAllowanceBack()
    {
        var (student, guardian) = await app.FamilyAsync();
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { dailyLimit = 10_000 });
        var paymentId = (await ApiCalls.ExpectAsync(await ApiFixture.PayAsync(student, canteen.Id, 8_000), HttpStatusCode.Created))
            .GetProperty("id").GetString()!;
        using var refused = await ApiFixture.PayAsync(student, canteen.Id, 5_000);
        await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "daily_limit_exceeded");

        await ApiCalls.ExpectAsync(
            await canteen.Client.SendAsync(Api.Post($"/api/v1/payments/{paymentId}/refunds", Api.Json(new { amount = 3_000 }), "refund-1")),
            HttpStatusCode.Created);

        var wallet = await ApiCalls.ExpectAsync(await student.Client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK);
        Assert.Equal(5_000, wallet.GetProperty("spending").GetProperty("remainingToday").GetInt64());
        await ApiCalls.ExpectAsync(await ApiFixture.PayAsync(student, canteen.Id, 5_000), HttpStatusCode.Created);
    }

    [Fact]
    public async Task PayeeRefusal_CostsNoAllowance()
    {
        var (student, guardian) = await app.FamilyAsync();
        var canteen = await app.CreateUserAsync("seller", "Kantin");
        await FamilyFixture.SetLimitsAsync(guardian, student.Id, new { dailyLimit = 10_000 });
        await app.TopUpAsync(canteen.Id, 9_999_000); // the canteen's balance limit refuses the credit after the debit

        using var reversed = await ApiFixture.PayAsync(student, canteen.Id, 8_000);

        await reversed.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payee_cannot_receive");
        var wallet = await ApiCalls.ExpectAsync(await student.Client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK);
        Assert.Equal(50_000, wallet.GetProperty("balance").GetInt64());
        Assert.Equal(10_000, wallet.GetProperty("spending").GetProperty("remainingToday").GetInt64());
    }

    [Fact]
    public async Task Wallet_WithoutRules_ShowsNullSpendingRules()
    {
        var student = await app.CreateUserAsync();

        var wallet = await ApiCalls.ExpectAsync(await student.Client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK);

        var spending = wallet.GetProperty("spending");
        Assert.All(SpendingFields, field => Assert.Equal(System.Text.Json.JsonValueKind.Null, spending.GetProperty(field).ValueKind));
    }

    [Theory]
    [InlineData("""{"dailyLimit": 0}""", "dailyLimit")]
    [InlineData("""{"paymentLimit": "5000"}""", "paymentLimit")]
    [InlineData("""{"lowBalanceThreshold": 1.5}""", "lowBalanceThreshold")]
    [InlineData("""{"dailyLimit": 10000001}""", "dailyLimit")]
    public async Task SetLimits_BadValues_Are400(string body, string field)
    {
        var (student, guardian) = await app.FamilyAsync(balance: 0);

        using var response = await guardian.Client.PutAsync($"/api/v1/children/{student.Id}/limits", Api.Json(body));

        await response.AssertValidationAsync(field);
    }
}

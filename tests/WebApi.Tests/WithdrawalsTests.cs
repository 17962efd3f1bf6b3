using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class WithdrawalsTests(ApiFixture app)
{
    [Fact]
    public async Task Create_WithinBalance_HoldsTheMoneyAtOnceAndMasksTheAccountNumber()
    {
        var seller = await FundedAsync(100_000);

        using var response = await seller.Client.PostAsync("/api/v1/withdrawals", Withdrawal(40_000));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var withdrawal = await response.ReadJsonAsync();
        var id = withdrawal.GetProperty("id").GetString()!;
        Assert.StartsWith("wdr_", id, StringComparison.Ordinal);
        Assert.Equal($"/api/v1/withdrawals/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("pending", withdrawal.GetProperty("status").GetString());
        Assert.Equal(40_000, withdrawal.GetProperty("amount").GetInt64());
        Assert.Equal(60_000, withdrawal.GetProperty("balanceAfter").GetInt64());
        Assert.Equal("bca", withdrawal.GetProperty("bankCode").GetString());
        Assert.Equal("****7890", withdrawal.GetProperty("accountNumber").GetString());
        Assert.Equal("Kantin Bu Sri", withdrawal.GetProperty("accountName").GetString());
        withdrawal.GetProperty("createdAt").ReadTime();
        Assert.Equal(60_000, await ApiFixture.BalanceAsync(seller));
        Assert.DoesNotContain("1234567890", await TransactionsTextAsync(seller), StringComparison.Ordinal);
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Complete_PendingWithdrawal_KeepsTheMoneyOutAndASecondReviewIs409()
    {
        var seller = await FundedAsync(100_000);
        var id = await CreateAsync(seller, 40_000);

        using var completed = await app.Admin.Client.PostAsync($"/api/v1/admin/withdrawals/{id}/complete", null);
        using var again = await app.Admin.Client.PostAsync($"/api/v1/admin/withdrawals/{id}/complete", null);
        using var rejectAfter = await app.Admin.Client.PostAsync($"/api/v1/admin/withdrawals/{id}/reject", Api.Json(new { reason = "late" }));

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var withdrawal = await completed.ReadJsonAsync();
        Assert.Equal("completed", withdrawal.GetProperty("status").GetString());
        Assert.Equal("1234567890", withdrawal.GetProperty("accountNumber").GetString());
        Assert.Equal(app.Admin.Id, withdrawal.GetProperty("reviewedBy").GetString());
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        await rejectAfter.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        Assert.Equal(60_000, await ApiFixture.BalanceAsync(seller));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Reject_PendingWithdrawal_ReturnsTheMoneyOnceWithTheReason()
    {
        var seller = await FundedAsync(100_000);
        var id = await CreateAsync(seller, 40_000);

        using var rejected = await app.Admin.Client.PostAsync($"/api/v1/admin/withdrawals/{id}/reject", Api.Json(new { reason = "Account name does not match" }));
        using var again = await app.Admin.Client.PostAsync($"/api/v1/admin/withdrawals/{id}/reject", Api.Json(new { reason = "twice" }));

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("rejected", (await rejected.ReadJsonAsync()).GetProperty("status").GetString());
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        Assert.Equal(100_000, await ApiFixture.BalanceAsync(seller));
        using var mine = await seller.Client.GetAsync($"/api/v1/withdrawals/{id}");
        var seen = await mine.ReadJsonAsync();
        Assert.Equal("Account name does not match", seen.GetProperty("reason").GetString());
        Assert.Equal("****7890", seen.GetProperty("accountNumber").GetString());
        var kinds = (await TransactionsAsync(seller)).Select(entry => entry.GetProperty("kind").GetString());
        Assert.Equal(["withdrawal_reversal", "withdrawal", "topup"], kinds);
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Create_MoreThanTheBalance_Returns422InsufficientFunds()
    {
        var seller = await FundedAsync(30_000);

        using var response = await seller.Client.PostAsync("/api/v1/withdrawals", Withdrawal(30_001));

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "insufficient_funds");
        Assert.Equal(30_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Create_WholeBalance_IsAccepted()
    {
        var seller = await FundedAsync(30_000);

        using var response = await seller.Client.PostAsync("/api/v1/withdrawals", Withdrawal(30_000));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Create_FrozenAccount_Returns403()
    {
        var seller = await FundedAsync(30_000);
        await app.SetFrozenAsync(seller.Id, frozen: true);

        using var response = await seller.Client.PostAsync("/api/v1/withdrawals", Withdrawal(10_000));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        Assert.Equal(30_000, await ApiFixture.BalanceAsync(seller));
    }

    [Theory]
    [InlineData("""{"amount":9999,"bankCode":"bca","accountNumber":"1234567890","accountName":"A"}""", "amount")]
    [InlineData("""{"amount":10000001,"bankCode":"bca","accountNumber":"1234567890","accountName":"A"}""", "amount")]
    [InlineData("""{"amount":10000.5,"bankCode":"bca","accountNumber":"1234567890","accountName":"A"}""", "amount")]
    [InlineData("""{"amount":10000,"bankCode":"BCA","accountNumber":"1234567890","accountName":"A"}""", "bankCode")]
    [InlineData("""{"amount":10000,"bankCode":"b","accountNumber":"1234567890","accountName":"A"}""", "bankCode")]
    [InlineData("""{"amount":10000,"bankCode":"abcdefghijk","accountNumber":"1234567890","accountName":"A"}""", "bankCode")]
    [InlineData("""{"amount":10000,"bankCode":"bca","accountNumber":"1234","accountName":"A"}""", "accountNumber")]
    [InlineData("""{"amount":10000,"bankCode":"bca","accountNumber":"123456789012345678901","accountName":"A"}""", "accountNumber")]
    [InlineData("""{"amount":10000,"bankCode":"bca","accountNumber":"12345-678","accountName":"A"}""", "accountNumber")]
    [InlineData("""{"amount":10000,"bankCode":"bca","accountNumber":1234567890,"accountName":"A"}""", "accountNumber")]
    [InlineData("""{"amount":10000,"bankCode":"bca","accountNumber":"1234567890"}""", "accountName")]
    public async Task Create_InvalidBody_Returns400(string body, string field)
    {
        var seller = await FundedAsync(50_000);

        using var response = await seller.Client.PostAsync("/api/v1/withdrawals", Api.Json(body));

        await response.AssertValidationAsync(field);
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyTwice_HoldsOnce()
    {
        var seller = await FundedAsync(100_000);
        var key = Guid.NewGuid().ToString();

        using var first = await seller.Client.SendAsync(Api.Post("/api/v1/withdrawals", Withdrawal(25_000), key));
        using var replay = await seller.Client.SendAsync(Api.Post("/api/v1/withdrawals", Withdrawal(25_000), key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(75_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task List_OwnerAndAdmin_SeeTheirViewsWithStatusFilters()
    {
        var seller = await FundedAsync(100_000);
        var other = await FundedAsync(100_000);
        var kept = await CreateAsync(seller, 10_000);
        var done = await CreateAsync(seller, 20_000);
        var foreign = await CreateAsync(other, 10_000);
        using (await app.Admin.Client.PostAsync($"/api/v1/admin/withdrawals/{done}/complete", null))
        {
        }

        var all = await ListAsync(seller.Client, "/api/v1/withdrawals");
        var pending = await ListAsync(seller.Client, "/api/v1/withdrawals?status=pending");
        var adminPending = await ListAsync(app.Admin.Client, $"/api/v1/admin/withdrawals?status=pending&userId={seller.Id}");
        using var theirs = await seller.Client.GetAsync($"/api/v1/withdrawals/{foreign}");

        Assert.Equal([done, kept], all.Select(item => item.GetProperty("id").GetString()));
        Assert.Equal(kept, Assert.Single(pending).GetProperty("id").GetString());
        var queued = Assert.Single(adminPending);
        Assert.Equal(kept, queued.GetProperty("id").GetString());
        Assert.Equal("1234567890", queued.GetProperty("accountNumber").GetString());
        await theirs.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task List_UnknownStatus_Returns400()
    {
        var seller = await app.CreateUserAsync("seller");

        using var response = await seller.Client.GetAsync("/api/v1/withdrawals?status=approved");

        await response.AssertValidationAsync("status");
    }

    [Fact]
    public async Task Review_UnknownOrByASeller_IsRefused()
    {
        var seller = await FundedAsync(50_000);
        var id = await CreateAsync(seller, 10_000);

        using var bySeller = await seller.Client.PostAsync($"/api/v1/admin/withdrawals/{id}/complete", null);
        using var unknown = await app.Admin.Client.PostAsync("/api/v1/admin/withdrawals/wdr_0000000000000000000000000000dead/complete", null);
        using var noReason = await app.Admin.Client.PostAsync($"/api/v1/admin/withdrawals/{id}/reject", Api.Json("{}"));

        await bySeller.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await noReason.AssertValidationAsync("reason");
    }

    [Fact]
    public async Task WithdrawAndPay_ConcurrentAgainstOneAccount_NeverOverdraw()
    {
        var seller = await FundedAsync(100_000);
        var payee = await app.CreateUserAsync();

        var withdrawals = Enumerable.Range(0, 15).Select(async _ =>
        {
            using var response = await seller.Client.PostAsync("/api/v1/withdrawals", Withdrawal(10_000));
            return response.StatusCode;
        });
        var payments = Enumerable.Range(0, 15).Select(async _ =>
        {
            using var response = await ApiFixture.PayAsync(seller, payee.Id, 10_000);
            return response.StatusCode;
        });
        var answers = await Task.WhenAll(withdrawals.Concat(payments));

        Assert.Equal(10, answers.Count(status => status == HttpStatusCode.Created));
        Assert.All(answers.Where(status => status != HttpStatusCode.Created), status => Assert.Equal(HttpStatusCode.UnprocessableEntity, status));
        Assert.Equal(0, await ApiFixture.BalanceAsync(seller));
        var paidIn = await ApiFixture.BalanceAsync(payee);
        var held = (await ListAsync(seller.Client, "/api/v1/withdrawals")).Sum(item => item.GetProperty("amount").GetInt64());
        Assert.Equal(100_000, paidIn + held);
        await app.AssertConservedAsync();
    }

    private async Task<TestUser> FundedAsync(long balance)
    {
        var seller = await app.CreateUserAsync("seller");
        await app.TopUpAsync(seller.Id, balance);
        return seller;
    }

    private static StringContent Withdrawal(long amount) =>
        Api.Json(new { amount, bankCode = "bca", accountNumber = "1234567890", accountName = "Kantin Bu Sri" });

    private static async Task<string> CreateAsync(TestUser user, long amount)
    {
        using var response = await user.Client.PostAsync("/api/v1/withdrawals", Withdrawal(amount));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"withdrawal failed: {body}");
        return body.GetProperty("id").GetString()!;
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} failed: {body}");
        return [.. body.GetProperty("items").EnumerateArray()];
    }

    private static async Task<List<JsonElement>> TransactionsAsync(TestUser user) =>
        await ListAsync(user.Client, "/api/v1/wallet/transactions");

    private static async Task<string> TransactionsTextAsync(TestUser user)
    {
        using var response = await user.Client.GetAsync("/api/v1/wallet/transactions");
        return await response.Content.ReadAsStringAsync();
    }
}

using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class BankTransferTopUpTests(ApiFixture app)
{
    [Fact]
    public async Task Create_ValidTransfer_Returns201AwaitingReviewWithDestinationAndMovesNoMoney()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.PostAsync("/api/v1/topups/bank-transfer", Transfer(200_000, "TRF-0042"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var topUp = await response.ReadJsonAsync();
        var id = topUp.GetProperty("id").GetString()!;
        Assert.StartsWith("top_", id, StringComparison.Ordinal);
        Assert.Equal($"/api/v1/topups/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("awaiting_review", topUp.GetProperty("status").GetString());
        Assert.Equal("bank_transfer", topUp.GetProperty("channel").GetString());
        Assert.Equal(200_000, topUp.GetProperty("amount").GetInt64());
        Assert.Equal("Mandiri", topUp.GetProperty("senderBank").GetString());
        Assert.Equal("Budi Santoso", topUp.GetProperty("senderAccountName").GetString());
        Assert.Equal("TRF-0042", topUp.GetProperty("transferReference").GetString());
        var destination = topUp.GetProperty("destination");
        Assert.Equal("bca", destination.GetProperty("bank").GetString());
        Assert.Equal(CashlessApiFactory.TransferAccountNumber, destination.GetProperty("accountNumber").GetString());
        Assert.False(string.IsNullOrEmpty(destination.GetProperty("accountName").GetString()));
        Assert.False(topUp.TryGetProperty("vaNumber", out _));
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Approve_AwaitingTransfer_CreditsOnceAndASecondReviewIs409()
    {
        var buyer = await app.CreateUserAsync();
        var id = await CreateAsync(buyer, 200_000);

        using var approved = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);
        using var again = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);
        using var rejectedAfter = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/reject", Api.Json(new { reason = "late" }));

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var topUp = await approved.ReadJsonAsync();
        Assert.Equal("settled", topUp.GetProperty("status").GetString());
        Assert.Equal(app.Admin.Id, topUp.GetProperty("reviewedBy").GetString());
        Assert.False(topUp.TryGetProperty("destination", out _));
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        await rejectedAfter.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        Assert.Equal(200_000, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Approve_ManyAdminsAtOnce_CreditsExactlyOnce()
    {
        var buyer = await app.CreateUserAsync();
        var id = await CreateAsync(buyer, 30_000);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(status => status == HttpStatusCode.OK));
        Assert.All(answers.Where(status => status != HttpStatusCode.OK), status => Assert.Equal(HttpStatusCode.Conflict, status));
        Assert.Equal(30_000, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Reject_WithReason_KeepsTheReasonMovesNoMoneyAndASecondReviewIs409()
    {
        var buyer = await app.CreateUserAsync();
        var id = await CreateAsync(buyer, 50_000);

        using var rejected = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/reject", Api.Json(new { reason = "No such transfer on the statement" }));
        using var approveAfter = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var topUp = await rejected.ReadJsonAsync();
        Assert.Equal("rejected", topUp.GetProperty("status").GetString());
        Assert.Equal("No such transfer on the statement", topUp.GetProperty("reason").GetString());
        await approveAfter.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        using var seen = await buyer.Client.GetAsync($"/api/v1/topups/{id}");
        Assert.Equal("No such transfer on the statement", (await seen.ReadJsonAsync()).GetProperty("reason").GetString());
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"reason":""}""")]
    [InlineData("""{"reason":"   "}""")]
    [InlineData("""{"reason":7}""")]
    public async Task Reject_WithoutAUsableReason_Returns400(string body)
    {
        var buyer = await app.CreateUserAsync();
        var id = await CreateAsync(buyer, 50_000);

        using var response = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/reject", Api.Json(body));

        await response.AssertValidationAsync("reason");
    }

    [Fact]
    public async Task Reject_ReasonOf201Characters_Returns400And200IsAccepted()
    {
        var buyer = await app.CreateUserAsync();
        var id = await CreateAsync(buyer, 50_000);

        using var tooLong = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/reject", Api.Json(new { reason = new string('r', 201) }));
        using var longest = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/reject", Api.Json(new { reason = new string('r', 200) }));

        await tooLong.AssertValidationAsync("reason");
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    [Fact]
    public async Task Approve_FrozenAccount_Returns403AndTheTopUpStillAwaitsReview()
    {
        var buyer = await app.CreateUserAsync();
        var id = await CreateAsync(buyer, 50_000);
        await app.SetFrozenAsync(buyer.Id, frozen: true);

        using var response = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        await app.SetFrozenAsync(buyer.Id, frozen: false);
        Assert.Equal("awaiting_review", (await GetAsync(buyer, id)).GetProperty("status").GetString());
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Approve_WouldPassMaxBalance_Returns422AndCreditsNothing()
    {
        var buyer = await app.CreateUserAsync();
        var id = await CreateAsync(buyer, 100_000);
        await app.TopUpAsync(buyer.Id, 9_950_000);

        using var response = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "balance_limit_exceeded");
        Assert.Equal(9_950_000, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Create_FrozenAccount_Returns403()
    {
        var buyer = await app.CreateUserAsync();
        await app.SetFrozenAsync(buyer.Id, frozen: true);

        using var response = await buyer.Client.PostAsync("/api/v1/topups/bank-transfer", Transfer(50_000));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
    }

    [Theory]
    [InlineData("""{"senderBank":"BCA","senderAccountName":"A","transferReference":"R"}""", "amount")]
    [InlineData("""{"amount":9999,"senderBank":"BCA","senderAccountName":"A","transferReference":"R"}""", "amount")]
    [InlineData("""{"amount":10000.0,"senderBank":"BCA","senderAccountName":"A","transferReference":"R"}""", "amount")]
    [InlineData("""{"amount":10000,"senderAccountName":"A","transferReference":"R"}""", "senderBank")]
    [InlineData("""{"amount":10000,"senderBank":"BCA","senderAccountName":"","transferReference":"R"}""", "senderAccountName")]
    [InlineData("""{"amount":10000,"senderBank":"BCA","senderAccountName":"A"}""", "transferReference")]
    public async Task Create_InvalidBody_Returns400(string body, string field)
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.PostAsync("/api/v1/topups/bank-transfer", Api.Json(body));

        await response.AssertValidationAsync(field);
    }

    [Fact]
    public async Task Review_ByABuyerOrOfAnUnknownId_IsRefused()
    {
        var buyer = await app.CreateUserAsync();
        var id = await CreateAsync(buyer, 50_000);

        using var byBuyer = await buyer.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);
        using var unknown = await app.Admin.Client.PostAsync("/api/v1/admin/topups/top_0000000000000000000000000000dead/approve", null);
        using var notAnId = await app.Admin.Client.PostAsync("/api/v1/admin/topups/pay_123/reject", Api.Json(new { reason = "x" }));

        await byBuyer.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await notAnId.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Approve_CashDeskTopUp_Is409BecauseOnlyBankTransfersAreReviewed()
    {
        var buyer = await app.CreateUserAsync();
        var cash = await app.TopUpAsync(buyer.Id, 20_000);

        using var response = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{cash.GetProperty("id").GetString()}/approve", null);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Approve_SameIdempotencyKeyTwice_ReplaysTheFirstAnswer()
    {
        var buyer = await app.CreateUserAsync();
        var id = await CreateAsync(buyer, 40_000);
        var key = Guid.NewGuid().ToString();

        using var first = await app.Admin.Client.SendAsync(Api.Post($"/api/v1/admin/topups/{id}/approve", idempotencyKey: key));
        using var replay = await app.Admin.Client.SendAsync(Api.Post($"/api/v1/admin/topups/{id}/approve", idempotencyKey: key));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(40_000, await ApiFixture.BalanceAsync(buyer));
    }

    /// <summary>A claim of a transfer of its own (another reference each time), unless <paramref name="reference"/> is given.</summary>
    private static StringContent Transfer(long amount, string? reference = null) => Api.Json(new
    {
        amount,
        senderBank = "Mandiri",
        senderAccountName = "Budi Santoso",
        transferReference = reference ?? $"TRF-{Guid.NewGuid():N}",
    });

    private static async Task<string> CreateAsync(TestUser user, long amount)
    {
        using var response = await user.Client.PostAsync("/api/v1/topups/bank-transfer", Transfer(amount));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"bank transfer failed: {body}");
        return body.GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> GetAsync(TestUser user, string id)
    {
        using var response = await user.Client.GetAsync($"/api/v1/topups/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}

using System.Net;
using System.Text;
using Cashless.Grains.Interfaces.Idempotency;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class IdempotencyTests(ApiFixture app)
{
    [Fact]
    public async Task Pay_SameKeySameBody_ReplaysTheFirstAnswerAndDebitsOnce()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(50_000);
        var key = Guid.NewGuid().ToString();

        using var first = await ApiFixture.PayAsync(buyer, seller.Id, 10_000, key);
        using var second = await ApiFixture.PayAsync(buyer, seller.Id, 10_000, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", Assert.Single(second.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(40_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(10_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Pay_SameKeyOtherBody_Returns422IdempotencyKeyReused()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(50_000);
        var key = Guid.NewGuid().ToString();
        using var first = await ApiFixture.PayAsync(buyer, seller.Id, 10_000, key);

        using var second = await ApiFixture.PayAsync(buyer, seller.Id, 20_000, key);

        await second.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        Assert.Equal(40_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Pay_SameKeyConcurrently_DebitsExactlyOnce()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(100_000);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => ApiFixture.PayAsync(buyer, seller.Id, 30_000, key)));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.NotEmpty(created);
        var ids = await Task.WhenAll(created.Select(async r => (await r.ReadJsonAsync()).GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            await conflict.AssertProblemAsync(HttpStatusCode.Conflict, "request_in_progress");
        }

        Assert.Equal(70_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(30_000, await ApiFixture.BalanceAsync(seller));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Withdraw_WhileTheFirstRequestWithTheKeyRuns_Returns409RequestInProgress()
    {
        var (buyer, _) = await BuyerAndSellerAsync(50_000);
        var key = Guid.NewGuid().ToString();
        var body = """{"amount":10000,"bankCode":"bca","accountNumber":"1234567890","accountName":"Budi"}""";
        var hash = RequestHash.Compute("POST", "/api/v1/withdrawals", Encoding.UTF8.GetBytes(body));
        var claim = app.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IIdempotencyGrain>(IdempotencyKey.Scope(buyer.Id, key));
        Assert.Equal(IdempotencyClaimKind.Started, (await claim.Begin(hash)).Kind); // the "first request", still running

        using var retry = await buyer.Client.SendAsync(Api.Post("/api/v1/withdrawals", Api.Json(body), key));

        await retry.AssertProblemAsync(HttpStatusCode.Conflict, "request_in_progress");
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(buyer));
        await claim.Abandon(hash); // the first request failed without an answer: a retry runs
        using var after = await buyer.Client.SendAsync(Api.Post("/api/v1/withdrawals", Api.Json(body), key));
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal(40_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Pay_SameKeyByTwoUsers_AreIndependent()
    {
        var (first, seller) = await BuyerAndSellerAsync(50_000);
        var second = await app.CreateUserAsync();
        await app.TopUpAsync(second.Id, 50_000);
        var key = Guid.NewGuid().ToString();

        using var a = await ApiFixture.PayAsync(first, seller.Id, 10_000, key);
        using var b = await ApiFixture.PayAsync(second, seller.Id, 10_000, key);

        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
        Assert.False(b.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Pay_RefusedThenRetriedWithSameKey_DecidesAgainBecauseTheRefusalMovedNothing()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(10_000);
        var key = Guid.NewGuid().ToString();
        using var first = await ApiFixture.PayAsync(buyer, seller.Id, 20_000, key);
        await first.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "insufficient_funds");
        await app.TopUpAsync(buyer.Id, 50_000);

        using var retry = await ApiFixture.PayAsync(buyer, seller.Id, 20_000, key);
        using var again = await ApiFixture.PayAsync(buyer, seller.Id, 20_000, key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.False(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", Assert.Single(again.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(40_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Pay_ReplayKeepsNoAnswerBesideTheLedger()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(50_000);
        var key = Guid.NewGuid().ToString();
        using var first = await ApiFixture.PayAsync(buyer, seller.Id, 10_000, key);
        var store = app.Factory.Services.GetRequiredService<Cashless.Grains.Ledger.IIdempotencyStore>();

        // The payment's answer is its entry and record, written in the money's own commit; no kept response body.
        Assert.Null(await store.GetIdempotencyAsync(IdempotencyKey.Scope(buyer.Id, key)));
        using var replay = await ApiFixture.PayAsync(buyer, seller.Id, 10_000, key);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pay_InvalidBodyThenFixedWithSameKey_RunsTheFixedRequest()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(50_000);
        var key = Guid.NewGuid().ToString();
        using var invalid = await buyer.Client.SendAsync(Api.Post("/api/v1/payments", Api.Json($$"""{"to":"{{seller.Id}}","amount":1.5}"""), key));
        await invalid.AssertValidationAsync("amount");

        using var fixedRequest = await ApiFixture.PayAsync(buyer, seller.Id, 15_000, key);

        Assert.Equal(HttpStatusCode.Created, fixedRequest.StatusCode);
        Assert.Equal(35_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Theory]
    [InlineData("k\u00e9y")]
    [InlineData("tab\tinside")]
    [InlineData("del\u007f")]
    public async Task Pay_InvalidKey_Returns400(string key)
    {
        var (buyer, seller) = await BuyerAndSellerAsync(50_000);

        using var response = await ApiFixture.PayAsync(buyer, seller.Id, 1_000, key);

        await response.AssertValidationAsync("Idempotency-Key");
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(255, true)]
    [InlineData(256, false)]
    public async Task Pay_KeyLength_IsOneTo255(int length, bool accepted)
    {
        var (buyer, seller) = await BuyerAndSellerAsync(50_000);
        var key = string.Concat(Enumerable.Repeat(Guid.NewGuid().ToString("N"), 8))[..length];

        using var response = await ApiFixture.PayAsync(buyer, seller.Id, 1_000, key);

        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        else
        {
            await response.AssertValidationAsync("Idempotency-Key");
        }
    }

    [Fact]
    public async Task TopUp_SameKeySameBody_CreditsOnceAndReplays()
    {
        var buyer = await app.CreateUserAsync();
        var key = Guid.NewGuid().ToString();
        var body = new { userId = buyer.Id, amount = 25_000, note = "Cash at the desk" };

        using var first = await app.Admin.Client.SendAsync(Api.Post("/api/v1/admin/topups", Api.Json(body), key));
        using var second = await app.Admin.Client.SendAsync(Api.Post("/api/v1/admin/topups", Api.Json(body), key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", Assert.Single(second.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(25_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task TopUp_SameKeyOtherBody_Returns422()
    {
        var buyer = await app.CreateUserAsync();
        var key = Guid.NewGuid().ToString();
        using var first = await app.Admin.Client.SendAsync(Api.Post("/api/v1/admin/topups", Api.Json(new { userId = buyer.Id, amount = 25_000 }), key));

        using var second = await app.Admin.Client.SendAsync(Api.Post("/api/v1/admin/topups", Api.Json(new { userId = buyer.Id, amount = 30_000 }), key));

        await second.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        Assert.Equal(25_000, await ApiFixture.BalanceAsync(buyer));
    }

    private async Task<(TestUser Buyer, TestUser Seller)> BuyerAndSellerAsync(long buyerBalance)
    {
        var buyer = await app.CreateUserAsync();
        var seller = await app.CreateUserAsync("seller");
        await app.TopUpAsync(buyer.Id, buyerBalance);
        return (buyer, seller);
    }
}

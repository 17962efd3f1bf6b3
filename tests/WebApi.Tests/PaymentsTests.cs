using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class PaymentsTests(ApiFixture app)
{
    [Fact]
    public async Task Pay_ByUserId_Returns201AndMovesTheMoney()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(100_000);

        using var response = await buyer.Client.PostAsync("/api/v1/payments",
            Api.Json(new { to = seller.Id, amount = 15_000, description = "Nasi goreng" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var payment = await response.ReadJsonAsync();
        var id = payment.GetProperty("id").GetString()!;
        Assert.StartsWith("pay_", id, StringComparison.Ordinal);
        Assert.Equal("completed", payment.GetProperty("status").GetString());
        Assert.Equal(15_000, payment.GetProperty("amount").GetInt64());
        Assert.Equal(buyer.Id, payment.GetProperty("from").GetString());
        Assert.Equal(seller.Id, payment.GetProperty("to").GetString());
        Assert.Equal(85_000, payment.GetProperty("balanceAfter").GetInt64());
        payment.GetProperty("createdAt").ReadTime();
        Assert.Equal($"/api/v1/payments/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(85_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(15_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Pay_ByEmailInOtherCase_PaysThatUser()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(50_000);

        using var response = await ApiFixture.PayAsync(buyer, seller.Email.ToUpperInvariant(), 20_000);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(seller.Id, (await response.ReadJsonAsync()).GetProperty("to").GetString());
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Pay_BuyerToBuyer_IsAllowed()
    {
        var payer = await app.CreateUserAsync();
        var friend = await app.CreateUserAsync();
        await app.TopUpAsync(payer.Id, 30_000);

        using var response = await ApiFixture.PayAsync(payer, friend.Id, 30_000);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, await ApiFixture.BalanceAsync(payer));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_000_000)]
    public async Task Pay_AmountAtBounds_IsAccepted(long amount)
    {
        var (buyer, seller) = await BuyerAndSellerAsync(10_000_000);

        using var response = await ApiFixture.PayAsync(buyer, seller.Id, amount);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(10_000_000 - amount, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Pay_MoreThanBalance_Returns422InsufficientFundsAndMovesNothing()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(10_000);

        using var response = await ApiFixture.PayAsync(buyer, seller.Id, 10_001);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "insufficient_funds");
        Assert.Equal(10_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(0, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Pay_Self_Returns422SelfPayment()
    {
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 20_000);

        using var byId = await ApiFixture.PayAsync(buyer, buyer.Id, 1_000);
        using var byEmail = await ApiFixture.PayAsync(buyer, buyer.Email.ToUpperInvariant(), 1_000);

        await byId.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "self_payment");
        await byEmail.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "self_payment");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Pay_UnknownOrAdminPayee_Returns404()
    {
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 20_000);

        foreach (var to in new[] { "usr_00000000000000000000000000000001", Api.NewEmail("ghost"), app.Admin.Id, app.Admin.Email, "nobody" })
        {
            using var response = await ApiFixture.PayAsync(buyer, to, 1_000);
            await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        }

        Assert.Equal(20_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Pay_FrozenPayer_Returns403AccountFrozen()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(20_000);
        await app.SetFrozenAsync(buyer.Id, frozen: true);

        using var response = await ApiFixture.PayAsync(buyer, seller.Id, 5_000);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(0, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Pay_FrozenPayee_Returns422PayeeCannotReceive()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(20_000);
        await app.SetFrozenAsync(seller.Id, frozen: true);

        using var response = await ApiFixture.PayAsync(buyer, seller.Id, 5_000);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payee_cannot_receive");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(0, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Pay_PayeeAtMaxBalance_Returns422PayeeCannotReceiveWithoutSayingWhy()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(20_000);
        await app.TopUpAsync(seller.Id, 10_000_000);

        using var response = await ApiFixture.PayAsync(buyer, seller.Id, 1);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payee_cannot_receive");
        Assert.DoesNotContain("limit", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(10_000_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Pay_EmptyWalletToFullPayee_Returns422InsufficientFundsNotThePayeesLimit()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(10_000);
        await app.TopUpAsync(seller.Id, 9_990_000);

        using var response = await ApiFixture.PayAsync(buyer, seller.Id, 20_000);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "insufficient_funds");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData("\"100\"")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("10000001")]
    [InlineData("9223372036854775807")]
    [InlineData("99999999999999999999")]
    [InlineData("-99999999999999999999")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[]")]
    [InlineData("{}")]
    public async Task Pay_InvalidAmount_Returns400(string amount)
    {
        var (buyer, seller) = await BuyerAndSellerAsync(20_000);

        using var response = await buyer.Client.PostAsync("/api/v1/payments", Api.Json($$"""{"to":"{{seller.Id}}","amount":{{amount}}}"""));

        await response.AssertValidationAsync("amount");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Theory]
    [InlineData("""{"to":"usr_x"}""", "amount")]
    [InlineData("""{"amount":1000}""", "to")]
    [InlineData("""{"to":"","amount":1000}""", "to")]
    [InlineData("""{"to":42,"amount":1000}""", "to")]
    public async Task Pay_MissingField_Returns400(string body, string field)
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.PostAsync("/api/v1/payments", Api.Json(body));

        await response.AssertValidationAsync(field);
    }

    [Fact]
    public async Task Pay_MalformedJson_Returns400MalformedJson()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.PostAsync("/api/v1/payments", Api.Json("""{"to":"x","amount":1000"""));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "malformed_json");
    }

    [Fact]
    public async Task Pay_FormBody_Returns415()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.PostAsync("/api/v1/payments",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["to"] = "x", ["amount"] = "1000" }));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task Pay_ByAdmin_Returns403Forbidden()
    {
        var seller = await app.CreateUserAsync("seller");

        using var response = await ApiFixture.PayAsync(app.Admin, seller.Id, 1_000);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Pay_WithoutToken_Returns401MissingToken()
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/payments", Api.Json(new { to = "x", amount = 1 }));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "missing_token");
    }

    [Fact]
    public async Task GetPayment_PayerAndPayee_SeeItOthersDoNot()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(40_000);
        var stranger = await app.CreateUserAsync();
        using var paid = await buyer.Client.PostAsync("/api/v1/payments", Api.Json(new { to = seller.Id, amount = 7_500, description = "Es teh" }));
        var id = (await paid.ReadJsonAsync()).GetProperty("id").GetString()!;

        foreach (var owner in new[] { buyer, seller })
        {
            using var response = await owner.Client.GetAsync($"/api/v1/payments/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var payment = await response.ReadJsonAsync();
            Assert.Equal(id, payment.GetProperty("id").GetString());
            Assert.Equal("completed", payment.GetProperty("status").GetString());
            Assert.Equal(7_500, payment.GetProperty("amount").GetInt64());
            Assert.Equal(buyer.Id, payment.GetProperty("from").GetString());
            Assert.Equal(seller.Id, payment.GetProperty("to").GetString());
            Assert.Equal("Es teh", payment.GetProperty("description").GetString());
            payment.GetProperty("createdAt").ReadTime();
        }

        using var foreign = await stranger.Client.GetAsync($"/api/v1/payments/{id}");
        await foreign.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        using var unknown = await buyer.Client.GetAsync("/api/v1/payments/pay_00000000000000000000000000000000");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private async Task<(TestUser Buyer, TestUser Seller)> BuyerAndSellerAsync(long buyerBalance)
    {
        var buyer = await app.CreateUserAsync();
        var seller = await app.CreateUserAsync("seller");
        await app.TopUpAsync(buyer.Id, buyerBalance);
        return (buyer, seller);
    }
}

using System.Collections.Concurrent;
using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// The source paper's failure, reproduced over HTTP: many buyers pay a few sellers at once with more demand than money.
/// Every balance must end exactly where the accepted (201) payments put it.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class PaymentStormTests(ApiFixture app)
{
    private const int Buyers = 20;
    private const int Sellers = 3;
    private const int Requests = 400;
    private const long TopUp = 100_000;

    [Fact]
    public async Task Pay_ConcurrentStormWithMoreDemandThanMoney_EveryBalanceMatchesTheAcceptedPayments()
    {
        var buyers = await Task.WhenAll(Enumerable.Range(0, Buyers).Select(_ => app.CreateUserAsync()));
        var sellers = await Task.WhenAll(Enumerable.Range(0, Sellers).Select(_ => app.CreateUserAsync("seller")));
        await Task.WhenAll(buyers.Select(b => app.TopUpAsync(b.Id, TopUp)));
        var random = new Random(20261126);
        var orders = Enumerable.Range(0, Requests)
            .Select(_ => (Buyer: buyers[random.Next(Buyers)], Seller: sellers[random.Next(Sellers)], Amount: (long)random.Next(5_000, 15_001)))
            .ToList();
        var accepted = new ConcurrentBag<(string From, string To, long Amount)>();
        var refused = new ConcurrentBag<string>();

        await Task.WhenAll(orders.Select(async order =>
        {
            using var response = await ApiFixture.PayAsync(order.Buyer, order.Seller.Id, order.Amount);
            var body = await response.ReadJsonAsync();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Assert.Equal("completed", body.GetProperty("status").GetString());
                accepted.Add((order.Buyer.Id, order.Seller.Id, body.GetProperty("amount").GetInt64()));
            }
            else
            {
                refused.Add($"{(int)response.StatusCode} {body.GetProperty("code").GetString()}");
            }
        }));

        Assert.All(refused, r => Assert.Equal("422 insufficient_funds", r));
        Assert.NotEmpty(accepted);
        Assert.NotEmpty(refused);
        foreach (var buyer in buyers)
        {
            var balance = await ApiFixture.BalanceAsync(buyer);
            Assert.Equal(TopUp - accepted.Where(p => p.From == buyer.Id).Sum(p => p.Amount), balance);
            Assert.True(balance >= 0);
        }

        var sellerTotal = 0L;
        foreach (var seller in sellers)
        {
            var balance = await ApiFixture.BalanceAsync(seller);
            Assert.Equal(accepted.Where(p => p.To == seller.Id).Sum(p => p.Amount), balance);
            sellerTotal += balance;
        }

        var buyerTotal = 0L;
        foreach (var buyer in buyers)
        {
            buyerTotal += await ApiFixture.BalanceAsync(buyer);
        }

        Assert.Equal(Buyers * TopUp, buyerTotal + sellerTotal);
    }
}

using Cashless.Grains.Accounts;
using Cashless.Grains.Interfaces.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>Many buyers paying a few sellers at once, with more demand than money.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class PaymentStormTests(ClusterFixture fixture)
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task Pay_ConcurrentStormBeyondFunds_BalancesAreExactlyWhatAcceptedPaymentsImply()
    {
        const int buyerCount = 20;
        const long funds = 50_000;
        var buyers = await Task.WhenAll(Enumerable.Range(0, buyerCount).Select(_ => _accounts.Open(topUp: funds)));
        var sellers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _accounts.Open(AccountRole.Seller)));
        var random = new Random(20261126);

        // Each buyer tries 20 payments of 3,000..7,000: about 100,000 of demand against 50,000 of money.
        var orders = Enumerable.Range(0, 400)
            .Select(i => (From: buyers[i % buyerCount], To: sellers[random.Next(sellers.Length)], Amount: (long)random.Next(3, 8) * 1_000))
            .ToList();
        var results = await Task.WhenAll(orders.Select(o => _accounts.Pay(o.From, o.To, o.Amount)));

        var accepted = orders.Zip(results).Where(x => x.Second.Outcome == LedgerOutcome.Ok).Select(x => x.First).ToList();
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { LedgerOutcome.Ok, LedgerOutcome.InsufficientFunds }));
        Assert.Contains(results, r => r.Outcome == LedgerOutcome.InsufficientFunds);
        foreach (var buyer in buyers)
        {
            var spent = accepted.Where(o => o.From == buyer).Sum(o => o.Amount);
            Assert.Equal(funds - spent, await _accounts.Balance(buyer));
            Assert.True(funds - spent >= 0);
        }

        foreach (var seller in sellers)
        {
            Assert.Equal(accepted.Where(o => o.To == seller).Sum(o => o.Amount), await _accounts.Balance(seller));
        }

        await LedgerAudit.AssertConsistent(fixture.Store, buyers.Concat(sellers));
    }

    [Fact]
    public async Task Pay_HotSellerUnderLoad_GroupsCreditsIntoFewerCommits()
    {
        var buyers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _accounts.Open(topUp: 100_000)));
        var seller = await _accounts.Open(AccountRole.Seller);

        var results = await Task.WhenAll(buyers.SelectMany(b => Enumerable.Range(0, 4).Select(_ => _accounts.Pay(b, seller, 1_000))));

        Assert.All(results, r => Assert.Equal(LedgerOutcome.Ok, r.Outcome));
        var account = await fixture.Store.LoadAccountAsync(seller);
        Assert.Equal(200_000, account?.Balance.Rupiah);

        // 200 credit entries landed in fewer commits than entries: the seller's grain grouped them.
        Assert.Equal(201, account?.NextSequence);
        var written = fixture.Cluster.Silos
            .Select(silo => fixture.Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<LocalPayees>().Find(seller)?.Written)
            .Single(found => found is not null)!.Value;
        Assert.True(written.Decisions >= 200 && written.Commits < written.Decisions, $"expected grouped commits, got {written}");
        await LedgerAudit.AssertConsistent(fixture.Store, buyers.Append(seller));
    }
}

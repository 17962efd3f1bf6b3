using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Withdrawals;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// An account grain holds back every open item it has (pending withdrawals are read page by page) or, past the
/// bound, refuses to activate: never a partial sum. The silo reads pages of 2 and allows 3 open items here.
/// </summary>
public sealed class AccountLoadTests(AccountLoadTests.Fixture fixture) : IClassFixture<AccountLoadTests.Fixture>
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task Activate_MoreOpenWithdrawalsThanOnePage_HoldsThemAll()
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: TestLimits.MaxBalance);
        var buyer = await _accounts.Open(topUp: 100_000);
        var holds = new List<WithdrawalHold>();
        for (var i = 0; i < 3; i++)
        {
            holds.Add(await Withdraw(seller, 10_000));
        }

        await fixture.Cluster.DeactivateAsync(_accounts.Account(seller));

        // All 30,000 may come back, so the balance cap leaves no room; one page would have left 10,000.
        Assert.Equal(LedgerOutcome.PayeeCannotReceive, (await _accounts.Pay(buyer, seller, 1)).Outcome);
        foreach (var hold in holds)
        {
            Assert.Equal(WithdrawalStatus.Rejected, (await fixture.Grains.GetGrain<IWithdrawalGrain>(hold.WithdrawalId!).Reject("usr_admin", "test")).Withdrawal?.Status);
        }

        Assert.Equal(TestLimits.MaxBalance, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [seller, buyer]);
    }

    [Fact]
    public async Task Activate_MoreOpenItemsThanTheBound_RefusesWithAClearError()
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: 100_000);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(LedgerOutcome.Ok, (await Withdraw(seller, 10_000)).Outcome);
        }

        await fixture.Cluster.DeactivateAsync(_accounts.Account(seller));

        var refused = await Assert.ThrowsAsync<InvariantViolationException>(() => _accounts.Account(seller).GetWallet());
        Assert.Contains("more than 3 open items", refused.ToString(), StringComparison.Ordinal);
    }

    private Task<WithdrawalHold> Withdraw(string account, long amount) =>
        _accounts.Account(account).Withdraw(new WithdrawalOrder(
            "wdr_" + Guid.CreateVersion7().ToString("N"), new Money(amount), "bca", "1234567890", "Kantin Bu Sri", null));

    public sealed class Fixture() : ClusterFixture(new Dictionary<string, string?>
    {
        ["Limits:OpenItemsPageSize"] = "2",
        ["Limits:MaxOpenItems"] = "3",
    });
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Withdrawals;
using Xunit;

namespace Cashless.Grains.Tests;

[Collection(ClusterTestGroup.Name)]
public sealed class WithdrawalTests(ClusterFixture fixture)
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task Withdraw_ThenComplete_HoldsAtOnceAndKeepsItPaidOut()
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: 100_000);

        var hold = await Withdraw(seller, 60_000);
        Assert.Equal(LedgerOutcome.Ok, hold.Outcome);
        Assert.Equal(40_000, hold.BalanceAfter.Rupiah);
        Assert.Equal(40_000, await _accounts.Balance(seller));

        var completed = await Review(hold).Complete("usr_admin");
        Assert.Equal(WithdrawalStatus.Completed, completed.Withdrawal?.Status);
        Assert.Equal(WithdrawalOutcome.AlreadyReviewed, (await Review(hold).Reject("usr_admin", "oops")).Outcome);
        Assert.Equal(40_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [seller]);
    }

    [Fact]
    public async Task Withdraw_ThenReject_ReturnsTheMoneyOnce()
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: 100_000);
        var hold = await Withdraw(seller, 60_000);

        var rejected = await Review(hold).Reject("usr_admin", "wrong account name");
        var again = await Review(hold).Reject("usr_admin", "again");

        Assert.Equal(WithdrawalStatus.Rejected, rejected.Withdrawal?.Status);
        Assert.Equal("wrong account name", rejected.Withdrawal?.Reason);
        Assert.Equal(WithdrawalOutcome.AlreadyReviewed, again.Outcome);
        Assert.Equal(100_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [seller]);
    }

    [Fact]
    public async Task Withdraw_MoreThanBalanceOrFrozen_IsRefused()
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: 10_000);
        Assert.Equal(LedgerOutcome.InsufficientFunds, (await Withdraw(seller, 10_001)).Outcome);
        await _accounts.Account(seller).SetStatus(AccountStatus.Frozen);
        Assert.Equal(LedgerOutcome.AccountFrozen, (await Withdraw(seller, 10_000)).Outcome);
        Assert.Equal(10_000, await _accounts.Balance(seller));
    }

    [Fact]
    public async Task Withdraw_RejectedWhileCreditsArrived_ReturnNeverPassesMaxBalance()
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: TestLimits.MaxBalance);
        var buyer = await _accounts.Open(topUp: 500_000);
        var hold = await Withdraw(seller, 400_000);

        // The held 400,000 may come back, so only the room left beside it can be filled.
        Assert.Equal(LedgerOutcome.PayeeCannotReceive, (await _accounts.Pay(buyer, seller, 1)).Outcome);
        await Review(hold).Reject("usr_admin", "bank refused");
        Assert.Equal(TestLimits.MaxBalance, await _accounts.Balance(seller));
    }

    [Fact]
    public async Task WithdrawAndPay_ConcurrentAgainstOneAccount_NeverOverdraw()
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: 100_000);
        var other = await _accounts.Open(AccountRole.Seller);

        var withdrawals = Enumerable.Range(0, 30).Select(_ => Withdraw(seller, 7_000));
        var payments = Enumerable.Range(0, 30).Select(_ => _accounts.Pay(seller, other, 7_000));
        var holds = await Task.WhenAll(withdrawals);
        var paid = await Task.WhenAll(payments);

        var accepted = holds.Count(h => h.Outcome == LedgerOutcome.Ok) + paid.Count(p => p.Outcome == LedgerOutcome.Ok);
        Assert.Equal(14, accepted);
        Assert.Equal(100_000 - (14 * 7_000), await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [seller, other]);
    }

    [Fact]
    public async Task Withdraw_WithOperationIdOfAPayment_IsRefusedAsReused()
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: 50_000);
        var other = await _accounts.Open(AccountRole.Seller);
        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(seller, other, 1_000, operationId: "key:shared")).Outcome);

        var hold = await _accounts.Account(seller).Withdraw(new WithdrawalOrder(
            "wdr_" + Guid.CreateVersion7().ToString("N"), new Money(10_000), "bca", "1234567890", "Kantin", "key:shared"));
        var payAgain = await _accounts.Pay(seller, other, 1_000, operationId: "key:shared");
        var topUpReused = await _accounts.TopUp(seller, 1_000, operationId: "key:shared");

        Assert.Equal(LedgerOutcome.OperationReused, hold.Outcome);
        Assert.Equal(LedgerOutcome.Ok, payAgain.Outcome);
        Assert.Equal(LedgerOutcome.OperationReused, topUpReused.Outcome);
        Assert.Equal(49_000, await _accounts.Balance(seller));
    }

    [Fact]
    public async Task Withdraw_SameOperationIdConcurrently_HoldsOnceAndAnswersEveryCallerWithIt()
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: 50_000);
        WithdrawalOrder Order(long amount) => new(
            "wdr_" + Guid.CreateVersion7().ToString("N"), new Money(amount), "bca", "1234567890", "Kantin", "key:payout-race");

        var holds = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _accounts.Account(seller).Withdraw(Order(10_000))));
        var otherAmount = await _accounts.Account(seller).Withdraw(Order(11_000));

        Assert.All(holds, h => Assert.Equal(LedgerOutcome.Ok, h.Outcome));
        Assert.Single(holds.Select(h => h.WithdrawalId).Distinct());
        Assert.Equal(LedgerOutcome.OperationReused, otherAmount.Outcome);
        Assert.Equal(40_000, await _accounts.Balance(seller));
    }

    private Task<WithdrawalHold> Withdraw(string account, long amount) =>
        _accounts.Account(account).Withdraw(new WithdrawalOrder(
            "wdr_" + Guid.CreateVersion7().ToString("N"), new Money(amount), "bca", "1234567890", "Kantin Bu Sri", null));

    private IWithdrawalGrain Review(WithdrawalHold hold) => fixture.Grains.GetGrain<IWithdrawalGrain>(hold.WithdrawalId!);
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// The amount limits hold where the money moves, not only in the request readers: a caller of the grains (another
/// front with other settings, a client of the cluster) is refused with AmountOutOfRange and nothing moves. The silo
/// allows 50,000 per transaction, top-ups from 20,000 and withdrawals from 15,000 here.
/// </summary>
public sealed class AmountLimitsTests(AmountLimitsTests.Fixture fixture) : IClassFixture<AmountLimitsTests.Fixture>
{
    private const long Max = 50_000;
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Theory]
    [InlineData(Max + 1)]
    [InlineData(0)]
    public async Task Pay_OutsideTheLimits_IsRefusedAndMovesNothing(long amount)
    {
        var buyer = await _accounts.Open(topUp: 200_000);
        var seller = await _accounts.Open(AccountRole.Seller);

        var refused = await _accounts.Pay(buyer, seller, amount);

        Assert.Equal(LedgerOutcome.AmountOutOfRange, refused.Outcome);
        Assert.Null(refused.Payment);
        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(buyer, seller, Max)).Outcome);
        Assert.Equal(200_000 - Max, await _accounts.Balance(buyer));
        Assert.Equal(Max, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Theory]
    [InlineData(14_999)]
    [InlineData(Max + 1)]
    public async Task Withdraw_OutsideTheLimits_IsRefusedAndHoldsNothing(long amount)
    {
        var seller = await _accounts.Open(AccountRole.Seller, topUp: 200_000);

        var refused = await Withdraw(seller, amount);

        Assert.Equal(LedgerOutcome.AmountOutOfRange, refused.Outcome);
        Assert.Null(refused.WithdrawalId);
        Assert.Equal(LedgerOutcome.Ok, (await Withdraw(seller, 15_000)).Outcome);
        Assert.Equal(200_000 - 15_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [seller]);
    }

    [Theory]
    [InlineData(19_999)]
    [InlineData(Max + 1)]
    public async Task TopUps_OutsideTheLimits_AreRefusedAndNothingIsRecordedOrCredited(long amount)
    {
        var buyer = await _accounts.Open();
        var money = new Money(amount);

        var virtualAccount = NewTopUp();
        var transfer = NewTopUp();
        var desk = NewTopUp();
        Assert.Equal(TopUpOutcome.AmountOutOfRange, (await virtualAccount.OpenVirtualAccount(buyer, money, "bca")).Outcome);
        Assert.Equal(TopUpOutcome.AmountOutOfRange, (await transfer.OpenBankTransfer(buyer, money, new BankTransferDetails("bca", "Budi", $"ref-{Guid.NewGuid():N}"))).Outcome);
        Assert.Equal(TopUpOutcome.AmountOutOfRange, (await desk.RecordCashDesk(new CashDeskTopUp(buyer, money, null, "usr_admin", null))).Outcome);

        foreach (var topUp in new[] { virtualAccount, transfer, desk })
        {
            Assert.Null(await topUp.Read());
        }

        Assert.Equal(TopUpOutcome.Ok, (await NewTopUp().RecordCashDesk(new CashDeskTopUp(buyer, new Money(20_000), null, "usr_admin", null))).Outcome);
        Assert.Equal(20_000, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Fact]
    public async Task Refund_OfNothing_IsRefusedAndMovesNothing()
    {
        var buyer = await _accounts.Open(topUp: 100_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        var paid = await _accounts.Pay(buyer, seller, 30_000);

        var refused = await fixture.Grains.GetGrain<IAccountRefunds>(seller).Refund(
            new RefundOrder("pay_" + Guid.CreateVersion7().ToString("N"), paid.Payment!.Id, Money.Zero, "none", seller, null));

        Assert.Equal((RefundOutcome.Refused, LedgerOutcome.AmountOutOfRange), (refused.Outcome, refused.Refusal));
        Assert.Equal(70_000, await _accounts.Balance(buyer));
        Assert.Equal(30_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    private Task<WithdrawalHold> Withdraw(string account, long amount) =>
        _accounts.Account(account).Withdraw(new WithdrawalOrder(
            "wdr_" + Guid.CreateVersion7().ToString("N"), new Money(amount), "bca", "1234567890", "Kantin Bu Sri", null));

    private ITopUpGrain NewTopUp() => fixture.Grains.GetGrain<ITopUpGrain>("top_" + Guid.CreateVersion7().ToString("N"));

    public sealed class Fixture() : ClusterFixture(new Dictionary<string, string?>
    {
        ["Limits:MaxTransactionAmount"] = "50000",
        ["Limits:MinTopUp"] = "20000",
        ["Limits:MinWithdrawal"] = "15000",
    });
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Till;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// A student's day of spending survives the account grain's deactivation: the next activation rebuilds it from the
/// day's journal (payments, and the refunds and reversals that give allowance back), and leaves earlier days out.
/// </summary>
public sealed class AccountLimitsTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly WalletRules TenThousandADay = new(new Money(10_000), null, null);

    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task Activation_RebuildsTodaysSpending_FromTheJournal()
    {
        var (student, canteen) = await StudentAndCanteenAsync();
        var paid = await _accounts.Pay(student, canteen, 6_000);
        Assert.Equal(LedgerOutcome.Ok, paid.Outcome);
        var refund = await fixture.Grains.GetGrain<IAccountRefunds>(canteen).Refund(
            new RefundOrder("ref_" + Guid.CreateVersion7().ToString("N"), paid.Payment!.Id, new Money(1_000), "Refund", canteen, null));
        Assert.Equal(RefundOutcome.Ok, refund.Outcome);
        await Eventually.True(async () => await _accounts.Balance(student) == 45_000, TimeSpan.FromSeconds(10), "the refund to reach the student");

        await fixture.Cluster.DeactivateAsync(_accounts.Account(student));
        var refused = await _accounts.Pay(student, canteen, 5_001);

        Assert.Equal(LedgerOutcome.DailyLimitExceeded, refused.Outcome);
        Assert.Equal(new Money(5_000), refused.RemainingToday);
        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(student, canteen, 5_000)).Outcome);
    }

    [Fact]
    public async Task Activation_OnTheNextDay_StartsWithTheWholeAllowance()
    {
        var (student, canteen) = await StudentAndCanteenAsync();
        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(student, canteen, 10_000)).Outcome);
        try
        {
            fixture.Clock.Advance(TimeSpan.FromDays(1));
            await fixture.Cluster.DeactivateAsync(_accounts.Account(student));

            Assert.Equal(new Money(10_000), (await _accounts.Account(student).GetWallet())!.RemainingToday);
            Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(student, canteen, 10_000)).Outcome);
            Assert.Equal(LedgerOutcome.DailyLimitExceeded, (await _accounts.Pay(student, canteen, 1)).Outcome);
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    [Fact]
    public async Task Rules_AreKeptAcrossActivations_AndOnlyStudentsHaveThem()
    {
        var (student, canteen) = await StudentAndCanteenAsync();
        Assert.Equal(LedgerOutcome.Ok, await _accounts.Account(student).SetRules(new WalletRules(null, new Money(2_000), null)));

        await fixture.Cluster.DeactivateAsync(_accounts.Account(student));

        Assert.Equal(LedgerOutcome.PaymentLimitExceeded, (await _accounts.Pay(student, canteen, 2_001)).Outcome);
        Assert.Equal(LedgerOutcome.NotAWallet, await _accounts.Account(canteen).SetRules(TenThousandADay));
        Assert.Equal(LedgerOutcome.AccountNotFound, await _accounts.Account("usr_nobody").SetRules(TenThousandADay));
    }

    private async Task<(string Student, string Canteen)> StudentAndCanteenAsync()
    {
        var student = await _accounts.Open(topUp: 50_000);
        var canteen = await _accounts.Open(AccountRole.Seller);
        Assert.Equal(LedgerOutcome.Ok, await _accounts.Account(student).SetRules(TenThousandADay));
        return (student, canteen);
    }
}

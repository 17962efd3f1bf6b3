using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// The four-eyes rule of the cash desk is the top-up grain's, whoever calls it: here a top-up above 40,000, or an
/// admin's third of the day, awaits a second admin, and the admin who took the cash cannot approve it.
/// </summary>
public sealed class CashDeskReviewRuleTests(CashDeskReviewRuleTests.Fixture fixture) : IClassFixture<CashDeskReviewRuleTests.Fixture>
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task RecordCashDesk_AboveTheAmount_AwaitsASecondAdminAndNotTheOneWhoTookTheCash()
    {
        var buyer = await _accounts.Open();
        var admin = NewAdminId();
        var large = NewTopUp();

        var recorded = await large.RecordCashDesk(new CashDeskTopUp(buyer, new Money(40_001), "cash", admin, null));

        Assert.Equal(TopUpStatus.AwaitingReview, recorded.TopUp?.Status);
        Assert.Equal(0, await _accounts.Balance(buyer));
        Assert.Equal(TopUpOutcome.SameAdmin, (await large.Approve(admin)).Outcome);
        Assert.Equal(0, await _accounts.Balance(buyer));
        Assert.Equal(TopUpStatus.Settled, (await large.Approve(NewAdminId())).TopUp?.Status);
        Assert.Equal(40_001, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Fact]
    public async Task RecordCashDesk_PastTheAdminsDailyCount_AwaitsASecondAdminWhileAnotherAdminIsCreditedAtOnce()
    {
        var buyer = await _accounts.Open();
        var admin = NewAdminId();

        var statuses = new List<TopUpStatus?>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await NewTopUp().RecordCashDesk(new CashDeskTopUp(buyer, new Money(20_000), null, admin, null))).TopUp?.Status);
        }

        var other = await NewTopUp().RecordCashDesk(new CashDeskTopUp(buyer, new Money(20_000), null, NewAdminId(), null));

        Assert.Equal([TopUpStatus.Settled, TopUpStatus.Settled, TopUpStatus.AwaitingReview], statuses);
        Assert.Equal(TopUpStatus.Settled, other.TopUp?.Status);
        Assert.Equal(60_000, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    private static string NewAdminId() => "usr_" + Guid.CreateVersion7().ToString("N");

    private ITopUpGrain NewTopUp() => fixture.Grains.GetGrain<ITopUpGrain>("top_" + Guid.CreateVersion7().ToString("N"));

    public sealed class Fixture() : ClusterFixture(new Dictionary<string, string?>
    {
        ["CashDesk:ReviewAbove"] = "40000",
        ["CashDesk:DailyCountBeforeReview"] = "2",
    });
}

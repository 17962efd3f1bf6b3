using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Xunit;

namespace Cashless.Grains.Tests;

[Collection(ClusterTestGroup.Name)]
public sealed class TopUpGrainTests(ClusterFixture fixture)
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task ApplyGatewayReport_PaidManyTimesAtOnce_CreditsExactlyOnce()
    {
        var (buyer, topUp) = await OpenVirtualAccount(50_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => topUp.ApplyGatewayReport(Paid(50_000))));
        await topUp.ApplyGatewayReport(Report(GatewayState.Pending, 50_000));

        Assert.All(results, r => Assert.Equal(TopUpStatus.Settled, r.TopUp?.Status));
        Assert.Equal(TopUpStatus.Settled, (await topUp.Read())?.Status);
        Assert.Equal(50_000, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Fact]
    public async Task ApplyGatewayReport_AmountDiffers_FlagsAndCreditsNothing()
    {
        var (buyer, topUp) = await OpenVirtualAccount(50_000);

        var result = await topUp.ApplyGatewayReport(Paid(5_000_000));

        Assert.Equal(TopUpStatus.Flagged, result.TopUp?.Status);
        Assert.Contains("5000000", result.TopUp?.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Theory]
    [InlineData(GatewayState.Expired, 20_000)]
    [InlineData(GatewayState.Cancelled, 20_000)]
    [InlineData(GatewayState.Expired, 25_000)]
    public async Task ApplyGatewayReport_PaidAfterWeClosedIt_FlagsWithTheGatewaysAmountAndApprovalCreditsOnce(GatewayState closedBy, long paid)
    {
        var (buyer, topUp) = await OpenVirtualAccount(20_000);
        await topUp.ApplyGatewayReport(Report(closedBy, 20_000));

        var flagged = (await topUp.ApplyGatewayReport(Paid(paid))).TopUp;
        await topUp.ApplyGatewayReport(Paid(paid));

        Assert.Equal(TopUpStatus.Flagged, flagged?.Status);
        Assert.Equal(paid, flagged?.Amount.Rupiah);
        Assert.Contains("after it was closed", flagged?.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await _accounts.Balance(buyer));

        Assert.Equal(TopUpStatus.Settled, (await topUp.Approve("usr_admin")).TopUp?.Status);
        Assert.Equal(TopUpOutcome.AlreadyReviewed, (await topUp.Approve("usr_admin")).Outcome);
        Assert.Equal(TopUpStatus.Settled, (await topUp.ApplyGatewayReport(Paid(paid))).TopUp?.Status);
        Assert.Equal(paid, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Fact]
    public async Task Move_StoreConflict_ReloadsSoTheNextValidTransitionIsTaken()
    {
        var (buyer, topUp) = await OpenVirtualAccount(15_000);
        var id = (await topUp.Read())!.Id;
        // Another activation (a reconciliation pass elsewhere) expired it behind this activation's back.
        Assert.Equal(Ledger.CommitOutcome.Committed, await fixture.Store.ApplyChangesAsync(
            [new TopUpMoved(id, [TopUpStatus.Pending], TopUpStatus.Expired, DateTimeOffset.UtcNow) { Reason = "elsewhere" }]));

        var refused = await Assert.ThrowsAsync<TopUps.TopUpConflictException>(() => topUp.MarkFailed("gateway timed out"));
        Assert.Contains("changed under its grain", refused.Message, StringComparison.Ordinal);

        Assert.Equal(TopUpStatus.Expired, (await topUp.Read())?.Status);
        Assert.Equal(TopUpStatus.Flagged, (await topUp.ApplyGatewayReport(Paid(15_000))).TopUp?.Status);
        Assert.Equal(TopUpStatus.Settled, (await topUp.Approve("usr_admin")).TopUp?.Status);
        Assert.Equal(15_000, await _accounts.Balance(buyer));
    }

    [Theory]
    [InlineData(GatewayState.Denied)]
    [InlineData(GatewayState.Failed)]
    public async Task ApplyGatewayReport_RefusedByGateway_FailsWithoutMoney(GatewayState state)
    {
        var (buyer, topUp) = await OpenVirtualAccount(20_000);

        Assert.Equal(TopUpStatus.Failed, (await topUp.ApplyGatewayReport(Report(state, 20_000))).TopUp?.Status);
        Assert.Equal(0, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task ApplyGatewayReport_PaidAfterChargeWasMarkedFailed_StillCreditsOnce()
    {
        var (buyer, topUp) = await OpenVirtualAccount(20_000);
        await topUp.MarkFailed("gateway timed out");

        Assert.Equal(TopUpStatus.Settled, (await topUp.ApplyGatewayReport(Paid(20_000))).TopUp?.Status);
        Assert.Equal(20_000, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task ApplyGatewayReport_DeniedAfterSettlement_TakesTheMoneyBack()
    {
        var (buyer, topUp) = await OpenVirtualAccount(30_000);
        await topUp.ApplyGatewayReport(Paid(30_000));

        var result = await topUp.ApplyGatewayReport(Report(GatewayState.Denied, 30_000));

        Assert.Equal(TopUpStatus.Reversed, result.TopUp?.Status);
        Assert.Equal(30_000, result.TopUp?.Recovered.Rupiah);
        Assert.Equal(0, await _accounts.Balance(buyer));
        Assert.Equal(AccountStatus.Active, (await _accounts.Account(buyer).GetWallet())?.Status);
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Fact]
    public async Task ApplyGatewayReport_DeniedAfterMoneyWasSpent_FreezesAccountAndRecordsTheDebt()
    {
        var (buyer, topUp) = await OpenVirtualAccount(30_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        await topUp.ApplyGatewayReport(Paid(30_000));
        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(buyer, seller, 25_000)).Outcome);

        var result = await topUp.ApplyGatewayReport(Report(GatewayState.Denied, 30_000));

        Assert.Equal(TopUpStatus.Reversed, result.TopUp?.Status);
        Assert.Equal(5_000, result.TopUp?.Recovered.Rupiah);
        Assert.Contains("25000", result.TopUp?.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await _accounts.Balance(buyer));
        Assert.Equal(AccountStatus.Frozen, (await _accounts.Account(buyer).GetWallet())?.Status);
        Assert.Equal(25_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Theory]
    [InlineData(FaultSteps.TopUpBeforeCredit)]
    [InlineData(FaultSteps.TopUpAfterCredit)]
    public async Task ApplyGatewayReport_CrashAroundCredit_RetryConvergesToOneCredit(string step)
    {
        var (buyer, topUp) = await OpenVirtualAccount(40_000);
        var topUpId = topUp.GetPrimaryKeyString();
        fixture.Faults.Arm(step, topUpId);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => topUp.ApplyGatewayReport(Paid(40_000)));
        await fixture.Cluster.DeactivateAsync(topUp);
        var retry = await topUp.ApplyGatewayReport(Paid(40_000));

        Assert.Equal(TopUpStatus.Settled, retry.TopUp?.Status);
        Assert.Equal(40_000, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Fact]
    public async Task Approve_BankTransfer_CreditsOnceAndSecondReviewIsRefused()
    {
        var buyer = await _accounts.Open();
        var topUp = NewTopUp();
        await topUp.OpenBankTransfer(buyer, new Money(75_000), new BankTransferDetails("bca", "Siti", "TRF-1"));

        var first = await topUp.Approve("usr_admin");
        var again = await topUp.Approve("usr_admin");
        var reject = await topUp.Reject("usr_admin", "late");

        Assert.Equal(TopUpOutcome.Ok, first.Outcome);
        Assert.Equal("usr_admin", first.TopUp?.ReviewedBy);
        Assert.Equal(TopUpOutcome.AlreadyReviewed, again.Outcome);
        Assert.Equal(TopUpOutcome.AlreadyReviewed, reject.Outcome);
        Assert.Equal(75_000, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Fact]
    public async Task Reject_BankTransfer_KeepsReasonAndMovesNoMoney()
    {
        var buyer = await _accounts.Open();
        var topUp = NewTopUp();
        await topUp.OpenBankTransfer(buyer, new Money(75_000), new BankTransferDetails("bca", "Siti", "TRF-2"));

        var result = await topUp.Reject("usr_admin", "no such transfer on the statement");

        Assert.Equal(TopUpStatus.Rejected, result.TopUp?.Status);
        Assert.Equal("no such transfer on the statement", result.TopUp?.Reason);
        Assert.Equal(TopUpOutcome.AlreadyReviewed, (await topUp.Approve("usr_admin")).Outcome);
        Assert.Equal(0, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task Approve_FrozenAccount_IsRefusedAndStaysAwaitingReview()
    {
        var buyer = await _accounts.Open();
        var topUp = NewTopUp();
        await topUp.OpenBankTransfer(buyer, new Money(10_000), new BankTransferDetails("bni", "Budi", "TRF-3"));
        await _accounts.Account(buyer).SetStatus(AccountStatus.Frozen);

        var result = await topUp.Approve("usr_admin");

        Assert.Equal(TopUpOutcome.AccountFrozen, result.Outcome);
        Assert.Equal(TopUpStatus.AwaitingReview, (await topUp.Read())?.Status);
        Assert.Equal(0, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task OpenVirtualAccount_FrozenOrMissingAccount_CreatesNothing()
    {
        var buyer = await _accounts.Open();
        await _accounts.Account(buyer).SetStatus(AccountStatus.Frozen);

        Assert.Equal(TopUpOutcome.AccountFrozen, (await NewTopUp().OpenVirtualAccount(buyer, new Money(10_000), "bca")).Outcome);
        Assert.Equal(TopUpOutcome.AccountNotFound, (await NewTopUp().OpenVirtualAccount("usr_nobody", new Money(10_000), "bca")).Outcome);
    }

    [Fact]
    public async Task RecordCashDesk_RetriedUnderAnotherTopUpId_CreditsOnceAndAnswersWithTheFirstTopUp()
    {
        var buyer = await _accounts.Open();
        var desk = new CashDeskTopUp(buyer, new Money(30_000), "cash", "usr_admin", "key:usr_admin:desk-1");

        var first = await NewTopUp().RecordCashDesk(desk);
        var retry = await NewTopUp().RecordCashDesk(desk);

        Assert.Equal(TopUpStatus.Settled, first.TopUp?.Status);
        Assert.Equal(new Money(30_000), first.BalanceAfter);
        Assert.Equal(first.TopUp, retry.TopUp); // the stored first top-up, not a second one
        Assert.Equal(new Money(30_000), retry.BalanceAfter);
        Assert.Equal(30_000, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Fact]
    public async Task RecordCashDesk_SameKeyOtherAmount_IsRefusedAndCreditsNothingMore()
    {
        var buyer = await _accounts.Open();
        Assert.Equal(TopUpOutcome.Ok, (await NewTopUp().RecordCashDesk(new CashDeskTopUp(buyer, new Money(30_000), null, "usr_admin", "key:usr_admin:desk-2"))).Outcome);

        var reused = await NewTopUp().RecordCashDesk(new CashDeskTopUp(buyer, new Money(40_000), null, "usr_admin", "key:usr_admin:desk-2"));

        Assert.Equal(TopUpOutcome.OperationReused, reused.Outcome);
        Assert.Null(reused.TopUp);
        Assert.Equal(30_000, await _accounts.Balance(buyer));
    }

    private async Task<(string Buyer, ITopUpGrain TopUp)> OpenVirtualAccount(long amount)
    {
        var buyer = await _accounts.Open();
        var topUp = NewTopUp();
        var opened = await topUp.OpenVirtualAccount(buyer, new Money(amount), "bca");
        Assert.Equal(TopUpStatus.Pending, opened.TopUp?.Status);
        await topUp.RecordCharge(new VirtualAccountDetails("bca", "12345678901", null, null, DateTimeOffset.UtcNow.AddDays(1), "tx-1"));
        Assert.Equal("12345678901", (await topUp.Read())?.VirtualAccount?.VaNumber);
        return (buyer, topUp);
    }

    private ITopUpGrain NewTopUp() => fixture.Grains.GetGrain<ITopUpGrain>("top_" + Guid.CreateVersion7().ToString("N"));

    private static GatewayReport Paid(long amount) => Report(GatewayState.Paid, amount);

    private static GatewayReport Report(GatewayState state, long amount) => new(state, new Money(amount), state.ToString().ToLowerInvariant());
}

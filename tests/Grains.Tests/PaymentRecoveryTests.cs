using Cashless.Grains.Common;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>A crash between the payer's durable debit and the payee's credit, recovered by the outbox.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class PaymentRecoveryTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task Pay_CrashBeforeDelivery_RecoveryCreditsPayeeExactlyOnce()
    {
        var (buyer, seller, paymentId) = await CrashAfterDebit(20_000, 7_000);

        Assert.Equal(13_000, await _accounts.Balance(buyer));
        Assert.Equal(0, await _accounts.Balance(seller));
        Assert.Equal(PaymentState.InFlight, (await fixture.Store.GetPaymentAsync(paymentId))?.State);
        Assert.False((await fixture.Store.GetConservationTotalsAsync()).InFlight == 0);

        Assert.Equal(1, await _accounts.Account(buyer).RecoverOutbox());
        Assert.Equal(0, await _accounts.Account(buyer).RecoverOutbox());

        Assert.Equal(PaymentState.Completed, (await fixture.Store.GetPaymentAsync(paymentId))?.State);
        Assert.Equal(7_000, await _accounts.Balance(seller));
        Assert.Equal(13_000, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Fact]
    public async Task Pay_CrashBeforeDelivery_PayersOwnRecoveryFindsItEvenWithTheClockBehindThePayment()
    {
        // What a recovery in the payment's own millisecond sees: "now" is not after the payment's time.
        var (buyer, seller, paymentId) = await CrashAfterDebit(20_000, 7_000);
        fixture.Clock.Advance(TimeSpan.FromMinutes(-1));
        try
        {
            Assert.Equal(1, await _accounts.Account(buyer).RecoverOutbox());
        }
        finally
        {
            fixture.Clock.Reset();
        }

        Assert.Equal(PaymentState.Completed, (await fixture.Store.GetPaymentAsync(paymentId))?.State);
        Assert.Equal(7_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Fact]
    public async Task Pay_CrashThenPayeeFrozen_RecoveryReversesToPayerOnce()
    {
        var (buyer, seller, paymentId) = await CrashAfterDebit(20_000, 7_000);
        await _accounts.Account(seller).SetStatus(AccountStatus.Frozen);

        await _accounts.Account(buyer).RecoverOutbox();
        await _accounts.Account(buyer).RecoverOutbox();

        Assert.Equal(PaymentState.Reversed, (await fixture.Store.GetPaymentAsync(paymentId))?.State);
        Assert.Equal(20_000, await _accounts.Balance(buyer));
        Assert.Equal(0, await _accounts.Balance(seller));
        var entries = await fixture.Store.ListEntriesAsync(buyer, new Ledger.PageRequest(10, null));
        Assert.Equal([EntryKind.PaymentReversal, EntryKind.PaymentOut, EntryKind.TopUp], entries.Items.Select(e => e.Kind));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Fact]
    public async Task Pay_CrashAndPayerDeactivated_BackgroundRecoveryCompletesPayment()
    {
        var (buyer, seller, paymentId) = await CrashAfterDebit(20_000, 5_000);
        await fixture.Cluster.DeactivateAsync(_accounts.Account(buyer));

        // No call to the payer: the silo's recovery pass must find the payment in storage by itself.
        var recovery = fixture.SiloServices.GetRequiredService<OutboxRecoveryService>();
        await Eventually.True(async () =>
        {
            await recovery.RecoverOnce(CancellationToken.None);
            return (await fixture.Store.GetPaymentAsync(paymentId))?.State == PaymentState.Completed;
        }, Deadline, "the recovery pass to complete the payment");
        Assert.Equal(5_000, await _accounts.Balance(seller));
        Assert.Equal(15_000, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Fact]
    public async Task Pay_RetriedWithSameKeyAfterCrash_DeliversTheFirstPaymentInsteadOfPayingAgain()
    {
        var buyer = await _accounts.Open(topUp: 20_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        var paymentId = "pay_" + Guid.CreateVersion7().ToString("N");
        fixture.Faults.Arm(FaultSteps.PaymentBeforeDelivery, paymentId);
        var order = new PaymentOrder(paymentId, seller, new Interfaces.Money(6_000), "lunch", "key:crash-retry");
        Assert.Equal(PaymentState.InFlight, (await _accounts.Account(buyer).Pay(order)).Payment?.State);

        var retry = await _accounts.Account(buyer).Pay(order with { PaymentId = "pay_" + Guid.CreateVersion7().ToString("N") });

        Assert.Equal(paymentId, retry.Payment?.Id);
        Assert.Equal(PaymentState.Completed, retry.Payment?.State);
        Assert.Equal(14_000, await _accounts.Balance(buyer));
        Assert.Equal(6_000, await _accounts.Balance(seller));
    }

    [Fact]
    public async Task ReceivePayment_RedeliveryOfAPaymentAlreadyCompleted_AnswersOkWithoutASecondCredit()
    {
        // Two recoveries racing (the payer's own and the background job's) deliver one payment twice; the credit has no
        // operation-id row to collide on (decision 0010), so the payment's completed state is what keeps it to once.
        var (buyer, seller, paymentId) = await CrashAfterDebit(20_000, 7_000);
        Assert.Equal(1, await _accounts.Account(buyer).RecoverOutbox());

        var again = await _accounts.Account(seller).ReceivePayment(
            new PaymentDelivery(paymentId, buyer, new Interfaces.Money(7_000), "lunch", IsRedelivery: true));

        Assert.Equal(LedgerOutcome.Ok, again.Outcome);
        Assert.Equal(7_000, await _accounts.Balance(seller));
        Assert.Single((await fixture.Store.ListEntriesAsync(seller, new Ledger.PageRequest(10, null))).Items);
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    private async Task<(string Buyer, string Seller, string PaymentId)> CrashAfterDebit(long funds, long amount)
    {
        var buyer = await _accounts.Open(topUp: funds);
        var seller = await _accounts.Open(AccountRole.Seller);
        var paymentId = "pay_" + Guid.CreateVersion7().ToString("N");
        fixture.Faults.Arm(FaultSteps.PaymentBeforeDelivery, paymentId);

        var order = new PaymentOrder(paymentId, seller, new Interfaces.Money(amount), "lunch", null);
        var result = await _accounts.Account(buyer).Pay(order);

        // The payer answers at once: debited, and in flight until recovery delivers it.
        Assert.Equal(LedgerOutcome.Ok, result.Outcome);
        Assert.Equal(PaymentState.InFlight, result.Payment?.State);
        return (buyer, seller, paymentId);
    }
}

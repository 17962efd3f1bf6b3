using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Silo.Storage.Sqlite;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// Decision 0007: a payer and payee on the same store writer commit the debit and the credit in one transaction, and
/// the payer answers after that one durable round; a crash after it leaves the payment whole for a retry to find.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class OneDurableRoundTests(ClusterFixture fixture)
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    private SqliteCashlessStore Store => (SqliteCashlessStore)fixture.Store;

    [Fact]
    public async Task Pay_PayeeOnTheSameWriter_CreditLandsInTheDebitsTransaction()
    {
        var buyer = await _accounts.Open(topUp: 50_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        await _accounts.Account(seller).GetWallet(); // both activated: nothing else is written during the payment

        // The writer is held until the payee has decided its credit: the credit joins the debit's batch whenever the
        // writer is busy, and holding it makes that the case here rather than a race with the writer thread waking.
        var before = Store.Written.Batches;
        Store.WriterPause.Pause();
        Task<PaymentResult> paying;
        try
        {
            paying = _accounts.Pay(buyer, seller, 12_000);
            await Eventually.True(async () => await _accounts.Balance(seller) == 12_000, TimeSpan.FromSeconds(10),
                "the seller's credit to be decided");
        }
        finally
        {
            Store.WriterPause.Resume();
        }

        var result = await paying;
        var batches = Store.Written.Batches - before;

        Assert.Equal(PaymentState.Completed, result.Payment?.State);
        Assert.Equal(1, batches);
        Assert.Equal(12_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Fact]
    public async Task Pay_CrashAfterTheCombinedCommit_RetryAnswersTheSamePaymentAndMovesNothing()
    {
        var buyer = await _accounts.Open(topUp: 50_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        var order = new PaymentOrder("pay_" + Guid.CreateVersion7().ToString("N"), seller, new Money(8_000), "lunch", "key:after-commit");
        fixture.Faults.Arm(FaultSteps.PaymentBeforeAnswer, order.PaymentId);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => _accounts.Account(buyer).Pay(order));
        Assert.Equal(PaymentState.Completed, (await fixture.Store.GetPaymentAsync(order.PaymentId))?.State);

        var retry = await _accounts.Account(buyer).Pay(order with { PaymentId = "pay_" + Guid.CreateVersion7().ToString("N") });

        Assert.Equal(LedgerOutcome.Ok, retry.Outcome);
        Assert.True(retry.Replayed);
        Assert.Equal(order.PaymentId, retry.Payment?.Id);
        Assert.Equal(PaymentState.Completed, retry.Payment?.State);
        Assert.Equal(42_000, retry.BalanceAfter.Rupiah);
        Assert.Equal(42_000, await _accounts.Balance(buyer));
        Assert.Equal(8_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Fact]
    public async Task ReceivePayment_DebitQueuedInAnotherWriter_DefersWithoutCrediting()
    {
        var seller = await _accounts.Open(AccountRole.Seller);
        var delivery = new PaymentDelivery("pay_" + Guid.CreateVersion7().ToString("N"), "usr_elsewhere", new Money(5_000), null,
            IsRedelivery: false, DebitWriter: "sqlite-another-node");

        var answer = await _accounts.Account(seller).ReceivePayment(delivery);

        Assert.True(answer.Deferred);
        Assert.Equal(0, await _accounts.Balance(seller));
    }
}

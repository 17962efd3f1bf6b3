using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Xunit;

namespace Cashless.Grains.Tests;

[CollectionDefinition(Name)]
public sealed class TwoSiloTestGroup : ICollectionFixture<TwoSiloFixture>
{
    public const string Name = "two silos";
}

/// <summary>
/// Decision 0007 for a payee on another silo (another store writer): the payee defers until the payer's debit is
/// durable, then credits as in 0003; a crash before delivery is still completed by the outbox.
/// </summary>
[Collection(TwoSiloTestGroup.Name)]
public sealed class CrossWriterPaymentTests(TwoSiloFixture fixture)
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task Pay_PayeeOnAnotherSilo_CompletesAfterTheDebitIsDurable()
    {
        var (buyer, seller) = await PairOnTwoSilos();

        var result = await _accounts.Pay(buyer, seller, 7_000);

        Assert.Equal(LedgerOutcome.Ok, result.Outcome);
        Assert.Equal(PaymentState.Completed, result.Payment?.State);
        Assert.Equal(PaymentState.Completed, (await fixture.Store.GetPaymentAsync(result.Payment!.Id))?.State);
        Assert.Equal(7_000, await _accounts.Balance(seller));
        Assert.Equal(13_000, await _accounts.Balance(buyer));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Fact]
    public async Task Pay_PayeeOnAnotherSiloAndCrashBeforeDelivery_OutboxCompletesIt()
    {
        var (buyer, seller) = await PairOnTwoSilos();
        var paymentId = "pay_" + Guid.CreateVersion7().ToString("N");
        fixture.Faults.Arm(FaultSteps.PaymentBeforeDelivery, paymentId);

        var result = await _accounts.Account(buyer).Pay(new PaymentOrder(paymentId, seller, new Money(5_000), "lunch", null));
        Assert.Equal(PaymentState.InFlight, result.Payment?.State);
        Assert.Equal(PaymentState.InFlight, (await fixture.Store.GetPaymentAsync(paymentId))?.State);

        Assert.Equal(1, await _accounts.Account(buyer).RecoverOutbox());

        Assert.Equal(PaymentState.Completed, (await fixture.Store.GetPaymentAsync(paymentId))?.State);
        Assert.Equal(5_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    /// <summary>A funded buyer and a seller whose grains are active on different silos.</summary>
    private async Task<(string Buyer, string Seller)> PairOnTwoSilos()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var buyer = await _accounts.Open(topUp: 20_000);
            var seller = await _accounts.Open(AccountRole.Seller);
            await _accounts.Account(seller).GetWallet();
            var silos = await fixture.SilosOf([buyer, seller]);
            if (silos.Count == 2 && !silos[buyer].Equals(silos[seller]))
            {
                return (buyer, seller);
            }
        }

        throw new InvalidOperationException("no buyer and seller landed on different silos in 20 tries");
    }
}

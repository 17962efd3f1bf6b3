using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// Thousands of interleaved payments, top-ups, freezes and crashes from a fixed seed. Whatever happened, after
/// recovery the money must be conserved, every balance must equal its journal, and nothing may be negative.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class RandomizedLedgerTests(ClusterFixture fixture)
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Theory]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task Operations_RandomInterleaving_ConserveMoneyAndMatchJournals(int seed)
    {
        var random = new Random(seed);
        var accounts = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => _accounts.Open(i % 4 == 0 ? AccountRole.Seller : AccountRole.Buyer, topUp: 20_000)));
        long toppedUp = 24 * 20_000;

        for (var round = 0; round < 10; round++)
        {
            var operations = Enumerable.Range(0, 250).Select(_ => RandomOperation(random, accounts)).ToList();
            var outcomes = await Task.WhenAll(operations.Select(Run));
            toppedUp += outcomes.Sum();
        }

        await Task.WhenAll(accounts.Select(a => _accounts.Account(a).SetStatus(AccountStatus.Active)));
        await Task.WhenAll(accounts.Select(a => _accounts.Account(a).RecoverOutbox()));

        var totals = await fixture.Store.GetConservationTotalsAsync();
        Assert.Empty(await fixture.Store.ListInFlightPaymentsAsync(null, DateTimeOffset.MaxValue, 10));
        var balances = await Task.WhenAll(accounts.Select(_accounts.Balance));
        Assert.Equal(toppedUp, balances.Sum());
        Assert.True(totals.Balanced, $"not conserved: {totals}");
        await LedgerAudit.AssertConsistent(fixture.Store, accounts);
    }

    /// <summary>Returns a task that yields the rupiah it topped up (0 for anything else).</summary>
    private Func<Task<long>> RandomOperation(Random random, string[] accounts)
    {
        var from = accounts[random.Next(accounts.Length)];
        var to = accounts[random.Next(accounts.Length)];
        var amount = random.Next(1, 80) * 100L;
        var roll = random.Next(100);
        return roll switch
        {
            < 70 => async () => { await _accounts.Pay(from, to, amount); return 0; },
            < 80 => async () => (await _accounts.TopUp(from, amount)).Outcome == LedgerOutcome.Ok ? amount : 0,
            < 85 => async () => { await _accounts.Account(from).SetStatus(AccountStatus.Frozen); return 0; },
            < 92 => async () => { await _accounts.Account(from).SetStatus(AccountStatus.Active); return 0; },
            _ => () => PayWithCrash(from, to, amount),
        };
    }

    private async Task<long> PayWithCrash(string from, string to, long amount)
    {
        var paymentId = "pay_" + Guid.CreateVersion7().ToString("N");
        fixture.Faults.Arm(FaultSteps.PaymentBeforeDelivery, paymentId);

        // The debit is durable and the payment left in flight: recovery delivers or reverses it at the end.
        await _accounts.Account(from).Pay(new PaymentOrder(paymentId, to, new Money(amount), null, null));
        return 0;
    }

    private static Task<long> Run(Func<Task<long>> operation) => operation();
}

using Cashless.Grains.Accounts;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// A payer reads an active payee on its silo from <see cref="LocalPayees"/> instead of calling it before the debit. A
/// payee that stopped taking money after it was found is still refused, by its credit decision, and the payer gets its
/// money back; a payee whose group committer is full is refused before anything is decided.
/// </summary>
public sealed class LocalPayeesTests(LocalPayeesTests.Fixture fixture) : IClassFixture<LocalPayeesTests.Fixture>
{
    private const int MaxWaitingDecisions = 2;

    private readonly TestAccounts _accounts = new(fixture.Grains);

    private LocalPayees Payees => fixture.SiloServices.GetRequiredService<LocalPayees>();

    [Fact]
    public async Task Pay_ToAnActiveWallet_FindsItWithoutAskingAndAFreezeWithdrawsIt()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        Assert.NotNull(Payees.Find(seller));

        await _accounts.Account(seller).SetStatus(AccountStatus.Frozen);

        Assert.Null(Payees.Find(seller));
        Assert.Equal(LedgerOutcome.PayeeCannotReceive, (await _accounts.Pay(buyer, seller, 1_000)).Outcome);
        await _accounts.Account(seller).SetStatus(AccountStatus.Active);
        Assert.NotNull(Payees.Find(seller));
        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(buyer, seller, 1_000)).Outcome);
    }

    [Fact]
    public async Task Pay_ToAPayeeFrozenAfterItWasFound_IsReversedAndThePayerGetsItsMoneyBack()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        await _accounts.Account(seller).SetStatus(AccountStatus.Frozen);

        // The payer's look-up raced the freeze: it still finds the payee as able to receive.
        var stale = new GroupCommitter(fixture.Store, MaxWaitingDecisions);
        Payees.Set(seller, stale, receiving: true);
        PaymentResult result;
        try
        {
            result = await _accounts.Pay(buyer, seller, 1_000);
        }
        finally
        {
            Payees.Set(seller, stale, receiving: false);
        }

        Assert.Equal(LedgerOutcome.PayeeCannotReceive, result.Outcome);
        Assert.Equal(PaymentState.Reversed, result.Payment?.State);
        Assert.Equal(PaymentState.Reversed, (await fixture.Store.GetPaymentAsync(result.Payment!.Id))?.State);
        Assert.Equal(10_000, await _accounts.Balance(buyer));
        Assert.Equal(0, await _accounts.Balance(seller));
        Assert.Equal(new Money(10_000), (await fixture.Store.LoadAccountAsync(buyer))?.Balance);
        Assert.Equal(new Money(0), (await fixture.Store.LoadAccountAsync(seller))?.Balance);
    }

    [Fact]
    public async Task Pay_ToAPayeeWhoseCommitterIsFull_IsOverloadedAndDecidesNothingThenGoesThroughOnceItDrains()
    {
        var seller = await _accounts.Open(AccountRole.Seller);
        var payers = new List<string>();
        for (var i = 0; i <= MaxWaitingDecisions + 1; i++)
        {
            payers.Add(await _accounts.Open(topUp: 10_000));
        }

        var store = (SqliteCashlessStore)fixture.Store;
        store.WriterPause.Pause();
        List<Task<PaymentResult>> admitted;
        PaymentResult refused;
        try
        {
            // The first credit is being written (the writer is held); the next ones wait in the seller's committer.
            admitted = [.. payers.Take(MaxWaitingDecisions + 1).Select(payer => _accounts.Pay(payer, seller, 1_000))];
            await Eventually.True(() => Task.FromResult(Payees.Find(seller) is { HasRoom: false }), TimeSpan.FromSeconds(30),
                "the seller's committer to be full");

            // Admitted by mistake, it would wait behind the held writer: the time limit turns that into a failure.
            refused = await _accounts.Pay(payers[^1], seller, 1_000).WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            store.WriterPause.Resume();
        }

        Assert.Equal(LedgerOutcome.Overloaded, refused.Outcome);
        Assert.Null(refused.Payment);
        Assert.Equal(10_000, await _accounts.Balance(payers[^1]));
        Assert.Single((await fixture.Store.ListEntriesAsync(payers[^1], new PageRequest(10, null))).Items);
        Assert.All(await Task.WhenAll(admitted), result => Assert.Equal(LedgerOutcome.Ok, result.Outcome));

        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(payers[^1], seller, 1_000)).Outcome);
        Assert.Equal(9_000, await _accounts.Balance(payers[^1]));
        Assert.Equal((MaxWaitingDecisions + 2) * 1_000, await _accounts.Balance(seller));
    }

    /// <summary>A cluster whose account grains hold only a couple of decisions waiting for the next commit.</summary>
    public sealed class Fixture() : ClusterFixture(new Dictionary<string, string?>
    {
        ["Limits:MaxWaitingDecisions"] = MaxWaitingDecisions.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Xunit;

namespace Cashless.Grains.Tests;

[Collection(ClusterTestGroup.Name)]
public sealed class AccountGrainPaymentTests(ClusterFixture fixture)
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task Pay_WithinBalance_MovesMoneyDurably()
    {
        var buyer = await _accounts.Open(topUp: 50_000);
        var seller = await _accounts.Open(AccountRole.Seller);

        var result = await _accounts.Pay(buyer, seller, 12_000);

        Assert.Equal(LedgerOutcome.Ok, result.Outcome);
        Assert.Equal(PaymentState.Completed, result.Payment?.State);
        Assert.Equal(38_000, result.BalanceAfter.Rupiah);
        Assert.Equal(38_000, await _accounts.Balance(buyer));
        Assert.Equal(12_000, await _accounts.Balance(seller));
        Assert.Equal(PaymentState.Completed, (await fixture.Store.GetPaymentAsync(result.Payment!.Id))?.State);
        Assert.Equal(new Money(12_000), (await fixture.Store.LoadAccountAsync(seller))?.Balance);
    }

    [Fact]
    public async Task Pay_AmountAboveBalance_ReturnsInsufficientFundsAndChangesNothing()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        var seller = await _accounts.Open(AccountRole.Seller);

        var result = await _accounts.Pay(buyer, seller, 10_001);

        Assert.Equal(LedgerOutcome.InsufficientFunds, result.Outcome);
        Assert.Null(result.Payment);
        Assert.Equal(10_000, await _accounts.Balance(buyer));
        Assert.Equal(0, await _accounts.Balance(seller));
        Assert.Single((await fixture.Store.ListEntriesAsync(buyer, new Ledger.PageRequest(10, null))).Items);
    }

    [Fact]
    public async Task Pay_ExactBalance_LeavesZero()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        var seller = await _accounts.Open(AccountRole.Seller);

        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(buyer, seller, 10_000)).Outcome);
        Assert.Equal(0, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task Pay_ToSelf_ReturnsSelfPayment()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        Assert.Equal(LedgerOutcome.SelfPayment, (await _accounts.Pay(buyer, buyer, 1_000)).Outcome);
        Assert.Equal(10_000, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task Pay_ToMissingOrAdminAccount_ReturnsCounterpartyNotFound()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        var admin = await _accounts.Open(AccountRole.Admin);

        Assert.Equal(LedgerOutcome.CounterpartyNotFound, (await _accounts.Pay(buyer, "usr_nobody", 1_000)).Outcome);
        Assert.Equal(LedgerOutcome.CounterpartyNotFound, (await _accounts.Pay(buyer, admin, 1_000)).Outcome);
        Assert.Equal(10_000, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task Pay_FromOrToFrozenAccount_IsRefused()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        var seller = await _accounts.Open(AccountRole.Seller);

        await _accounts.Account(seller).SetStatus(AccountStatus.Frozen);
        Assert.Equal(LedgerOutcome.PayeeCannotReceive, (await _accounts.Pay(buyer, seller, 1_000)).Outcome);

        await _accounts.Account(buyer).SetStatus(AccountStatus.Frozen);
        Assert.Equal(LedgerOutcome.AccountFrozen, (await _accounts.Pay(buyer, seller, 1_000)).Outcome);
        Assert.Equal(10_000, await _accounts.Balance(buyer));

        await _accounts.Account(buyer).SetStatus(AccountStatus.Active);
        await _accounts.Account(seller).SetStatus(AccountStatus.Active);
        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(buyer, seller, 1_000)).Outcome);
    }

    [Fact]
    public async Task Pay_PayeeWouldPassMaxBalance_ReturnsPayeeCannotReceive()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        var seller = await _accounts.Open(AccountRole.Seller, topUp: TestLimits.MaxBalance - 5_000);

        Assert.Equal(LedgerOutcome.PayeeCannotReceive, (await _accounts.Pay(buyer, seller, 5_001)).Outcome);
        Assert.Equal(LedgerOutcome.Ok, (await _accounts.Pay(buyer, seller, 5_000)).Outcome);
        Assert.Equal(TestLimits.MaxBalance, await _accounts.Balance(seller));
    }

    [Fact]
    public async Task Pay_SameOperationIdTwice_DebitsOnceAndAnswersWithTheFirstPayment()
    {
        var buyer = await _accounts.Open(topUp: 30_000);
        var seller = await _accounts.Open(AccountRole.Seller);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _accounts.Pay(buyer, seller, 10_000, operationId: "key:retry-1")));
        var again = await _accounts.Pay(buyer, seller, 10_000, operationId: "key:retry-1");

        Assert.Single(results.Append(again).Select(r => r.Payment?.Id).Distinct());
        Assert.All(results.Append(again), r => Assert.Equal(20_000, r.BalanceAfter.Rupiah));
        Assert.Equal(20_000, await _accounts.Balance(buyer));
        Assert.Equal(10_000, await _accounts.Balance(seller));
    }

    [Fact]
    public async Task TopUp_SameOperationIdTwice_CreditsOnce()
    {
        var buyer = await _accounts.Open();

        var first = await _accounts.TopUp(buyer, 25_000, operationId: "key:desk-1");
        var second = await _accounts.TopUp(buyer, 25_000, operationId: "key:desk-1");

        Assert.False(first.Repeated);
        Assert.True(second.Repeated);
        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal(25_000, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task TopUp_AboveMaxBalance_IsRefused()
    {
        var buyer = await _accounts.Open(topUp: TestLimits.MaxBalance);
        Assert.Equal(LedgerOutcome.BalanceLimitExceeded, (await _accounts.TopUp(buyer, 1)).Outcome);
        Assert.Equal(TestLimits.MaxBalance, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task Pay_PayerCannotPayAndPayeeCannotReceive_SaysOnlyThePayersRefusal()
    {
        var buyer = await _accounts.Open(topUp: 1_000);
        var full = await _accounts.Open(AccountRole.Seller, topUp: TestLimits.MaxBalance - 10);
        var frozen = await _accounts.Open(AccountRole.Seller);
        await _accounts.Account(frozen).SetStatus(AccountStatus.Frozen);

        // The payee's balance or status must not show through a payer that could not pay anyway.
        Assert.Equal(LedgerOutcome.InsufficientFunds, (await _accounts.Pay(buyer, full, 5_000)).Outcome);
        Assert.Equal(LedgerOutcome.InsufficientFunds, (await _accounts.Pay(buyer, frozen, 5_000)).Outcome);
        Assert.Equal(LedgerOutcome.PayeeCannotReceive, (await _accounts.Pay(buyer, full, 500)).Outcome);
        Assert.Equal(1_000, await _accounts.Balance(buyer));
    }

    [Fact]
    public async Task Pay_SameOperationIdWithAnotherAmountPayeeOrDescription_IsRefusedAsReused()
    {
        var buyer = await _accounts.Open(topUp: 30_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        var other = await _accounts.Open(AccountRole.Seller);
        var first = await _accounts.Pay(buyer, seller, 10_000, operationId: "key:bound-1");

        var otherAmount = await _accounts.Pay(buyer, seller, 9_000, operationId: "key:bound-1");
        var otherPayee = await _accounts.Pay(buyer, other, 10_000, operationId: "key:bound-1");
        var otherWords = await _accounts.Account(buyer).Pay(
            new PaymentOrder("pay_" + Guid.CreateVersion7().ToString("N"), seller, new Money(10_000), "dinner", "key:bound-1"));
        var same = await _accounts.Pay(buyer, seller, 10_000, operationId: "key:bound-1");

        Assert.Equal([LedgerOutcome.OperationReused, LedgerOutcome.OperationReused, LedgerOutcome.OperationReused],
            new[] { otherAmount.Outcome, otherPayee.Outcome, otherWords.Outcome });
        Assert.False(first.Replayed);
        Assert.True(same.Replayed);
        Assert.Equal(first.Payment?.Id, same.Payment?.Id);
        Assert.Equal(20_000, await _accounts.Balance(buyer));
        Assert.Equal(0, await _accounts.Balance(other));
    }

    [Fact]
    public async Task TopUp_SameOperationIdConcurrently_CreditsOnceAndAnswersEveryCaller()
    {
        var buyer = await _accounts.Open();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _accounts.TopUp(buyer, 25_000, operationId: "key:desk-race")));
        var otherAmount = await _accounts.TopUp(buyer, 26_000, operationId: "key:desk-race");

        Assert.All(results, r => Assert.Equal(LedgerOutcome.Ok, r.Outcome));
        Assert.Single(results, r => !r.Repeated);
        Assert.Single(results.Select(r => r.Reference).Distinct());
        Assert.Equal(LedgerOutcome.OperationReused, otherAmount.Outcome);
        Assert.Equal(25_000, await _accounts.Balance(buyer));
    }
}

using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// A guardian's payments are allowances by the payer's role: the debit and the credit say so, also when the outbox
/// delivers after a crash, and the role cannot change under money that was paid in as a guardian's.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class AllowanceGrainTests(ClusterFixture fixture)
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task Allowance_CrashBeforeDelivery_RecoveryCreditsItOnce_AsAnAllowance()
    {
        var guardian = await _accounts.Open(AccountRole.Guardian, topUp: 30_000);
        var student = await _accounts.Open();
        var paymentId = "pay_" + Guid.CreateVersion7().ToString("N");
        fixture.Faults.Arm(FaultSteps.PaymentBeforeDelivery, paymentId);
        var sent = await _accounts.Account(guardian).Pay(new PaymentOrder(paymentId, student, new Money(12_000), "pocket money", null));
        Assert.Equal(PaymentState.InFlight, sent.Payment?.State);

        Assert.Equal(1, await _accounts.Account(guardian).RecoverOutbox());
        Assert.Equal(0, await _accounts.Account(guardian).RecoverOutbox());

        Assert.Equal(PaymentState.Completed, (await fixture.Store.GetPaymentAsync(paymentId))?.State);
        Assert.Equal([EntryKind.AllowanceOut, EntryKind.TopUp], await KindsAsync(guardian));
        Assert.Equal([EntryKind.AllowanceIn], await KindsAsync(student));
        Assert.Equal(12_000, await _accounts.Balance(student));
        await LedgerAudit.AssertConsistent(fixture.Store, [guardian, student]);
    }

    [Fact]
    public async Task Allowance_ToASeller_IsRefusedByThePayee_AndReversed()
    {
        var guardian = await _accounts.Open(AccountRole.Guardian, topUp: 10_000);
        var seller = await _accounts.Open(AccountRole.Seller);

        var result = await _accounts.Pay(guardian, seller, 4_000);

        Assert.NotEqual(LedgerOutcome.Ok, result.Outcome);
        Assert.Equal(10_000, await _accounts.Balance(guardian));
        Assert.Equal(0, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [guardian, seller]);
    }

    [Fact]
    public async Task Guardian_TakesNoPayments_AndItsRoleCannotChangeWhileItHoldsMoney()
    {
        var guardian = await _accounts.Open(AccountRole.Guardian, topUp: 5_000);
        var buyer = await _accounts.Open(topUp: 5_000);

        var paid = await _accounts.Pay(buyer, guardian, 1_000);
        var changed = await _accounts.Account(guardian).ChangeRole(AccountRole.Buyer);

        Assert.Equal(LedgerOutcome.CounterpartyNotFound, paid.Outcome);
        Assert.Equal(LedgerOutcome.AccountNotEmpty, changed);
        Assert.Equal(AccountRole.Guardian, (await _accounts.Account(guardian).GetWallet())?.Role);
        Assert.Equal(5_000, await _accounts.Balance(buyer));
    }

    private async Task<EntryKind[]> KindsAsync(string accountId) =>
        [.. (await fixture.Store.ListEntriesAsync(accountId, new PageRequest(10, null))).Items.Select(e => e.Kind)];
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>The till's part of the port: cashiers, payment requests and the refunds of a payment.</summary>
public abstract partial class StoreConformanceTests
{
    [SkippableFact]
    public async Task Cashiers_CreatedListedAndDisabled_SurviveAReopen()
    {
        await Store.CreateUserAsync(NewUser("usr_s", "seller@example.com", AccountRole.Seller));
        Assert.True(await Store.CreateCashierAsync(NewUser("usr_c1", "rina@example.com", AccountRole.Cashier, "Rina"), "usr_s"));
        Assert.True(await Store.CreateCashierAsync(NewUser("usr_c2", "budi@example.com", AccountRole.Cashier, "Budi"), "usr_s"));
        Assert.False(await Store.CreateCashierAsync(NewUser("usr_c3", "RINA@example.com", AccountRole.Cashier), "usr_s"));
        Assert.Null(await Store.GetUserAsync("usr_c3"));

        Assert.True(await Store.DisableCashierAsync("usr_c1", Now));
        Assert.False(await Store.DisableCashierAsync("usr_s", Now));

        var reopened = await ReopenStoreAsync();
        Assert.Equal(
            [("usr_c1", "Rina", true), ("usr_c2", "Budi", false)],
            (await reopened.ListCashiersAsync("usr_s")).Select(c => (c.UserId, c.Name, c.Disabled)).OrderBy(c => c.UserId));
        Assert.Equal("usr_s", (await reopened.GetCashierAsync("usr_c2"))?.SellerId);
        Assert.Null(await reopened.GetCashierAsync("usr_s"));
        Assert.Equal(AccountRole.Cashier, (await reopened.GetUserAsync("usr_c2"))?.Role);
        Assert.Empty(await reopened.ListCashiersAsync("usr_nobody"));
    }

    [SkippableFact]
    public async Task PaymentRequests_MoveOnlyFromTheirExpectedStatus_AndReadBack()
    {
        var request = new PaymentRequestRecord("pr_1", "usr_s", new Money(12_000), "Nasi goreng", PaymentRequestStatus.Open, "usr_c",
            Now, Now.AddMinutes(5), Now);
        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync([new PaymentRequestCreated(request)]));
        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
            [new PaymentRequestMoved("pr_1", PaymentRequestStatus.Open, PaymentRequestStatus.Paying, Now.AddMinutes(1), "usr_b", "pay_9")]));
        Assert.Equal(CommitOutcome.Conflict, await Store.ApplyChangesAsync(
            [new PaymentRequestMoved("pr_1", PaymentRequestStatus.Open, PaymentRequestStatus.Paying, Now.AddMinutes(1), "usr_x", "pay_8")]));

        var paying = await (await ReopenStoreAsync()).GetPaymentRequestAsync("pr_1");
        Assert.Equal(request with { Status = PaymentRequestStatus.Paying, UpdatedAt = Now.AddMinutes(1), PayerId = "usr_b", PaymentId = "pay_9" }, paying);

        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
            [new PaymentRequestMoved("pr_1", PaymentRequestStatus.Paying, PaymentRequestStatus.Open, Now.AddMinutes(2), null, null)]));
        var open = await Store.GetPaymentRequestAsync("pr_1");
        Assert.Equal((PaymentRequestStatus.Open, null, null), (open?.Status, open?.PayerId, open?.PaymentId));
        Assert.Null(await Store.GetPaymentRequestAsync("pr_none"));
    }

    [SkippableFact]
    public async Task Refunded_SumsTheRefundsOfAPayment_ButNotReversedOnes()
    {
        await SeedPayment("pay_1", payer: "usr_p", payee: "usr_q", amount: 5_000);
        await Store.CommitAsync(PaymentCredit("usr_q", "pay_1", 5_000));

        Assert.Equal(CommitOutcome.Committed, await Store.CommitAsync(RefundDebit("pay_r1", 1_000, seq: 2, balance: 4_000)));
        Assert.Equal(CommitOutcome.Committed, await Store.CommitAsync(RefundDebit("pay_r2", 2_500, seq: 3, balance: 1_500)));
        Assert.Equal(new Money(3_500), await Store.GetRefundedAsync("pay_1"));

        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
            [new PaymentMoved("pay_r2", PaymentState.InFlight, PaymentState.Reversed, Now)]));
        Assert.Equal(new Money(1_000), await Store.GetRefundedAsync("pay_1"));
        Assert.Equal(Money.Zero, await Store.GetRefundedAsync("pay_other"));
    }

    /// <summary>The seller usr_q gives back <paramref name="amount"/> of pay_1 to usr_p: debit, outbox record and link in one commit.</summary>
    private static AccountCommit RefundDebit(string refundId, long amount, long seq, long balance)
    {
        var debit = new JournalEntry("usr_q", seq, refundId, EntryKind.RefundOut, new Money(-amount), new Money(balance), "usr_p", refundId, "Refund", Now);
        var refund = new PaymentView(refundId, "usr_q", "usr_p", new Money(amount), "Refund", PaymentState.InFlight, Now);
        return new AccountCommit("usr_q", AccountStatus.Active, false, Now, [debit],
            [new PaymentCreated(refund), new RefundCreated(refundId, "pay_1", "usr_q", new Money(amount), "wrong order", "usr_c", Now)]);
    }
}

using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>Refunds: part or whole, never more than the payment (also concurrently), within the window, with the seller's money.</summary>
[Collection(TillApi.Name)]
public sealed class RefundsTests(TillFixture app)
{
    [Fact]
    public async Task Refund_ByCashier_GivesMoneyBack_ShownAsRefundInBothJournals_TodaysSales_AndCashFlow()
    {
        var (seller, cashier, buyer, paymentId) = await PaidAsync(12_000);

        var refund = await ApiCalls.ExpectAsync(await TillFixture.RefundAsync(cashier, paymentId, 2_000), HttpStatusCode.Created);

        Assert.Equal(paymentId, refund.GetProperty("paymentId").GetString());
        Assert.Equal("completed", refund.GetProperty("status").GetString());
        Assert.Equal(2_000, refund.GetProperty("refunded").GetInt64());
        Assert.Equal(10_000, refund.GetProperty("balanceAfter").GetInt64());
        Assert.Equal(40_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(10_000, await ApiFixture.BalanceAsync(seller));
        Assert.Equal(-2_000, (await LastEntryAsync(seller)).GetProperty("amount").GetInt64());
        Assert.Equal("refund", (await LastEntryAsync(seller)).GetProperty("kind").GetString());
        Assert.Equal(2_000, (await LastEntryAsync(buyer)).GetProperty("amount").GetInt64());
        Assert.Equal("refund", (await LastEntryAsync(buyer)).GetProperty("kind").GetString());
        var sale = Assert.Single((await ApiCalls.ExpectAsync(await cashier.Client.GetAsync("/api/v1/sales/today"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(2_000, sale.GetProperty("refunded").GetInt64());
        Assert.Equal("Siti", sale.GetProperty("payer").GetProperty("name").GetString());
        var flow = await ApiCalls.ExpectAsync(await seller.Client.GetAsync("/api/v1/reports/cash-flow"), HttpStatusCode.OK);
        Assert.Equal(-2_000, flow.GetProperty("byKind").GetProperty("refund").GetInt64());
        Assert.Contains(await ApiCalls.NotificationsAsync(buyer.Client), n => n.GetProperty("kind").GetString() == "refund_received");
    }

    [Fact]
    public async Task Refund_PastThePayment_IsRefused_InSteps()
    {
        var (seller, _, buyer, paymentId) = await PaidAsync(12_000);

        await ApiCalls.ExpectAsync(await TillFixture.RefundAsync(seller, paymentId, 7_000), HttpStatusCode.Created);
        using var over = await TillFixture.RefundAsync(seller, paymentId, 5_001);
        await ApiCalls.ExpectAsync(await TillFixture.RefundAsync(seller, paymentId, 5_000), HttpStatusCode.Created);
        using var more = await TillFixture.RefundAsync(seller, paymentId, 1);

        await over.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "refund_exceeds_payment");
        await more.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "refund_exceeds_payment");
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(0, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Refund_ConcurrentRefundsPastThePayment_OnlyThoseThatFitGoThrough()
    {
        var (seller, cashier, buyer, paymentId) = await PaidAsync(10_000);
        await app.TopUpAsync(seller.Id, 50_000);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => TillFixture.RefundAsync(i % 2 == 0 ? seller : cashier, paymentId, 3_000)));

        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "refund_exceeds_payment");
        }

        Assert.Equal(40_000 + 9_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(60_000 - 9_000, await ApiFixture.BalanceAsync(seller));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Refund_OfMoneyTheSellerNoLongerHas_Is422InsufficientFunds()
    {
        var (seller, _, buyer, paymentId) = await PaidAsync(12_000);
        await ApiCalls.WithdrawAsync(seller.Client, 10_000);

        using var response = await TillFixture.RefundAsync(seller, paymentId, 5_000);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "insufficient_funds");
        Assert.Equal(38_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(2_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Refund_AfterTheWindow_IsRefused()
    {
        var (seller, _, _, paymentId) = await PaidAsync(12_000);
        try
        {
            app.Clock.JumpTo(DateTimeOffset.UtcNow.AddDays(7).AddMinutes(1));

            using var response = await TillFixture.RefundAsync(seller, paymentId, 1_000);

            await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "refund_window_closed");
        }
        finally
        {
            app.ResetClock();
        }

        Assert.Equal(12_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Refund_OfAPaymentTheSellerDidNotReceive_Is404_AndARetryWithTheKeyAnswersTheSameRefund()
    {
        var (seller, _, _, paymentId) = await PaidAsync(12_000);
        var (other, _) = await app.SellerWithCashierAsync();

        using var foreign = await TillFixture.RefundAsync(other, paymentId, 1_000);
        var first = await ApiCalls.ExpectAsync(await TillFixture.RefundAsync(seller, paymentId, 1_000, "refund-1"), HttpStatusCode.Created);
        var again = await ApiCalls.ExpectAsync(await TillFixture.RefundAsync(seller, paymentId, 1_000, "refund-1"), HttpStatusCode.Created);

        await foreign.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(11_000, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task RefundAndReversal_KeepTheOverviewBalanced()
    {
        var (seller, _, buyer, paymentId) = await PaidAsync(12_000);
        await ApiCalls.ExpectAsync(await TillFixture.RefundAsync(seller, paymentId, 4_000), HttpStatusCode.Created);
        await app.SetFrozenAsync(buyer.Id, frozen: true);

        using var toFrozen = await TillFixture.RefundAsync(seller, paymentId, 1_000);
        await app.SetFrozenAsync(buyer.Id, frozen: false);
        var (frozenSeller, _) = await app.SellerWithCashierAsync();
        await app.SetFrozenAsync(frozenSeller.Id, frozen: true);
        using var reversedOrRefused = await ApiFixture.PayAsync(buyer, frozenSeller.Id, 1_000);

        // A frozen payee is never named as such to the one who pays (0007): the refund and the payment say only this.
        await toFrozen.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payee_cannot_receive");
        await reversedOrRefused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payee_cannot_receive");
        var overview = await ApiCalls.OverviewAsync(app.Admin.Client);
        Assert.True(overview.GetProperty("conservation").GetProperty("balanced").GetBoolean(), overview.ToString());
        Assert.Equal(42_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(8_000, await ApiFixture.BalanceAsync(seller));
    }

    /// <summary>A seller with a cashier, and Siti (50,000) who paid a request of <paramref name="amount"/> at its till.</summary>
    private async Task<(TestUser Seller, TestUser Cashier, TestUser Buyer, string PaymentId)> PaidAsync(long amount)
    {
        var (seller, cashier) = await app.SellerWithCashierAsync();
        var buyer = await app.CreateUserAsync(name: "Siti");
        await app.TopUpAsync(buyer.Id, 50_000);
        var id = (await TillFixture.RequestAsync(cashier, amount)).GetProperty("id").GetString()!;
        var payment = await ApiCalls.ExpectAsync(await TillFixture.PayRequestAsync(buyer, id), HttpStatusCode.Created);
        return (seller, cashier, buyer, payment.GetProperty("id").GetString()!);
    }

    private static async Task<JsonElement> LastEntryAsync(TestUser user)
    {
        var page = await ApiCalls.ExpectAsync(await user.Client.GetAsync("/api/v1/wallet/transactions?limit=1"), HttpStatusCode.OK);
        return page.GetProperty("items")[0];
    }
}

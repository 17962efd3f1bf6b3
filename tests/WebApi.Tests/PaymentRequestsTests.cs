using System.Net;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>Payment requests through the real pipeline: the QR, paying once, racing payers, cancel and expiry.</summary>
[Collection(TillApi.Name)]
public sealed class PaymentRequestsTests(TillFixture app)
{
    [Fact]
    public async Task Create_ByCashier_AnswersTheRequestWithItsQr_AndABuyerReadsWhatItAsks()
    {
        var (_, cashier) = await app.SellerWithCashierAsync("Kantin Pak Budi");
        var buyer = await app.CreateUserAsync();

        var request = await TillFixture.RequestAsync(cashier, 12_000, "Nasi goreng");

        var id = request.GetProperty("id").GetString()!;
        Assert.StartsWith("pr_", id, StringComparison.Ordinal);
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal($"cashless:{id}", request.GetProperty("qr").GetProperty("payload").GetString());
        var read = await ApiCalls.ExpectAsync(await buyer.Client.GetAsync($"/api/v1/payment-requests/{id}"), HttpStatusCode.OK);
        Assert.Equal(12_000, read.GetProperty("amount").GetInt64());
        Assert.Equal("Nasi goreng", read.GetProperty("description").GetString());
        Assert.Equal("Kantin Pak Budi", read.GetProperty("merchant").GetProperty("name").GetString());
        var expiresAt = read.GetProperty("expiresAt").ReadTime();
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5.1));

        using var svg = await cashier.Client.GetAsync(request.GetProperty("qr").GetProperty("svgUrl").GetString());
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var png = await cashier.Client.GetAsync(request.GetProperty("qr").GetProperty("pngUrl").GetString());
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await png.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task Pay_MovesTheMoneyToTheSeller_AndTheTillSeesWhoPaid()
    {
        var (seller, cashier) = await app.SellerWithCashierAsync();
        var siti = await app.CreateUserAsync(name: "Siti");
        await app.TopUpAsync(siti.Id, 50_000);
        var id = (await TillFixture.RequestAsync(cashier, 12_000)).GetProperty("id").GetString()!;

        var payment = await ApiCalls.ExpectAsync(await TillFixture.PayRequestAsync(siti, id), HttpStatusCode.Created);

        Assert.Equal(seller.Id, payment.GetProperty("to").GetString());
        Assert.Equal(38_000, payment.GetProperty("balanceAfter").GetInt64());
        Assert.Equal(12_000, await ApiFixture.BalanceAsync(seller));
        var seen = await ApiCalls.ExpectAsync(await cashier.Client.GetAsync($"/api/v1/payment-requests/{id}"), HttpStatusCode.OK);
        Assert.Equal("paid", seen.GetProperty("status").GetString());
        Assert.Equal("Siti", seen.GetProperty("paidBy").GetProperty("name").GetString());
        Assert.Equal(payment.GetProperty("id").GetString(), seen.GetProperty("paymentId").GetString());
        var told = await ApiCalls.NotificationsAsync(cashier.Client);
        Assert.Contains(told, n => n.GetProperty("kind").GetString() == "payment_request_paid" && n.GetProperty("reference").GetString() == id);
        Assert.Contains(await ApiCalls.NotificationsAsync(siti.Client), n => n.GetProperty("kind").GetString() == "payment_sent");
    }

    [Fact]
    public async Task Pay_TwoBuyersRacing_ExactlyOnePays_TheOtherIs409_AndBalancesAreExact()
    {
        var (seller, _) = await app.SellerWithCashierAsync();
        var buyers = new[] { await app.CreateUserAsync(), await app.CreateUserAsync() };
        foreach (var buyer in buyers)
        {
            await app.TopUpAsync(buyer.Id, 20_000);
        }

        for (var round = 0; round < 5; round++)
        {
            var id = (await TillFixture.RequestAsync(seller, 1_000)).GetProperty("id").GetString()!;
            var answers = await Task.WhenAll(buyers.Select(buyer => TillFixture.PayRequestAsync(buyer, id)));

            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            await Assert.Single(answers, a => a.StatusCode != HttpStatusCode.Created).AssertProblemAsync(HttpStatusCode.Conflict, "request_already_paid");
        }

        Assert.Equal(5_000, await ApiFixture.BalanceAsync(seller));
        Assert.Equal(35_000, await ApiFixture.BalanceAsync(buyers[0]) + await ApiFixture.BalanceAsync(buyers[1]));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Pay_AfterExpiry_IsRefused_AndNothingMoves()
    {
        var (seller, _) = await app.SellerWithCashierAsync();
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 20_000);
        var request = await TillFixture.RequestAsync(seller, 5_000);
        try
        {
            // expiresAt is answered to the millisecond; the request expires at its exact instant, which may be later
            // within that millisecond, so the clock goes one millisecond past what was answered.
            app.Clock.JumpTo(request.GetProperty("expiresAt").ReadTime().AddMilliseconds(1));

            using var answer = await TillFixture.PayRequestAsync(buyer, request.GetProperty("id").GetString()!);

            await answer.AssertProblemAsync(HttpStatusCode.Conflict, "request_expired");
        }
        finally
        {
            app.ResetClock();
        }

        Assert.Equal(20_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(0, await ApiFixture.BalanceAsync(seller));
    }

    [Fact]
    public async Task Pay_Cancelled_IsRefused_AndAPaidOneCannotBeCancelled()
    {
        var (seller, cashier) = await app.SellerWithCashierAsync();
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 20_000);
        var cancelled = (await TillFixture.RequestAsync(cashier, 5_000)).GetProperty("id").GetString()!;
        var paid = (await TillFixture.RequestAsync(cashier, 5_000)).GetProperty("id").GetString()!;

        var closed = await ApiCalls.ExpectAsync(await seller.Client.PostAsync($"/api/v1/payment-requests/{cancelled}/cancel", null), HttpStatusCode.OK);
        using var refused = await TillFixture.PayRequestAsync(buyer, cancelled);
        await ApiCalls.ExpectAsync(await TillFixture.PayRequestAsync(buyer, paid), HttpStatusCode.Created);
        using var lateCancel = await cashier.Client.PostAsync($"/api/v1/payment-requests/{paid}/cancel", null);

        Assert.Equal("cancelled", closed.GetProperty("status").GetString());
        await refused.AssertProblemAsync(HttpStatusCode.Conflict, "request_cancelled");
        await lateCancel.AssertProblemAsync(HttpStatusCode.Conflict, "request_already_paid");
        Assert.Equal(15_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Pay_WithoutFunds_LeavesTheRequestOpenForAnotherPayer()
    {
        var (seller, _) = await app.SellerWithCashierAsync();
        var (poor, rich) = (await app.CreateUserAsync(), await app.CreateUserAsync());
        await app.TopUpAsync(rich.Id, 20_000);
        var id = (await TillFixture.RequestAsync(seller, 15_000)).GetProperty("id").GetString()!;

        using var refused = await TillFixture.PayRequestAsync(poor, id);
        using var again = await TillFixture.PayRequestAsync(rich, id);

        await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "insufficient_funds");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(15_000, await ApiFixture.BalanceAsync(seller));
    }

    [Theory]
    [InlineData(true, "paid")]
    [InlineData(false, "open")]
    public async Task Activation_OfARequestLeftHeldForAPayer_SettlesItFromThePaymentRecord(bool paymentMade, string expected)
    {
        var (seller, cashier) = await app.SellerWithCashierAsync();
        var buyer = await app.CreateUserAsync(name: "Siti");
        await app.TopUpAsync(buyer.Id, 20_000);
        var paymentId = paymentMade
            ? await ApiCalls.PayAsync(buyer.Client, seller.Id, 3_000)
            : "pay_" + Guid.NewGuid().ToString("N");
        // As a silo that died between holding the request and hearing the payer's answer leaves it.
        var now = DateTimeOffset.UtcNow;
        var held = new PaymentRequestRecord("pr_" + Guid.NewGuid().ToString("N"), seller.Id, new Money(3_000), null,
            PaymentRequestStatus.Open, cashier.Id, now, now.AddMinutes(5), now);
        Assert.Equal(CommitOutcome.Committed, await app.Store.ApplyChangesAsync(
            [new PaymentRequestCreated(held), new PaymentRequestMoved(held.Id, PaymentRequestStatus.Open, PaymentRequestStatus.Paying, now, buyer.Id, paymentId)]));

        var read = await ApiCalls.ExpectAsync(await cashier.Client.GetAsync($"/api/v1/payment-requests/{held.Id}"), HttpStatusCode.OK);

        Assert.Equal(expected, read.GetProperty("status").GetString());
        Assert.Equal(paymentMade, read.TryGetProperty("paidBy", out _));
        using var payAgain = await TillFixture.PayRequestAsync(buyer, held.Id);
        Assert.Equal(paymentMade ? HttpStatusCode.OK : HttpStatusCode.Created, payAgain.StatusCode);
        Assert.Equal(17_000, await ApiFixture.BalanceAsync(buyer));
    }

    [Fact]
    public async Task Pay_WithoutIdempotencyKey_Is400_AndOtherSellersCannotCancel()
    {
        var (seller, _) = await app.SellerWithCashierAsync();
        var (stranger, _) = await app.SellerWithCashierAsync();
        var buyer = await app.CreateUserAsync();
        var id = (await TillFixture.RequestAsync(seller, 5_000)).GetProperty("id").GetString()!;

        using var unkeyed = await buyer.Client.PostAsync($"/api/v1/payment-requests/{id}/pay", null);
        using var foreign = await stranger.Client.PostAsync($"/api/v1/payment-requests/{id}/cancel", null);

        await unkeyed.AssertValidationAsync("Idempotency-Key");
        await foreign.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}

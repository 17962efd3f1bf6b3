using System.Net;
using Cashless.MidtransEmulator.Tests.Infrastructure;

namespace Cashless.MidtransEmulator.Tests;

/// <summary>The /_emulator scenario endpoints and the notifications they cause.</summary>
public class ScenarioControlTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Charge_WithNotificationUrl_SendsSignedPendingNotification()
    {
        var orderId = await emulator.NewPendingAsync();

        var pending = Assert.Single(await emulator.Receiver.WaitForAsync(orderId, 1));

        Assert.Equal("pending", pending.Field("transaction_status"));
        Assert.Equal("201", pending.Field("status_code"));
        Assert.Equal("Veritrans", pending.UserAgent);
        Assert.Equal("application/json", pending.ContentType);
        Assert.True(EmulatorFixture.HasValidSignature(pending.Body));
    }

    [Fact]
    public async Task Pay_Pending_SendsSignedSettlementNotification()
    {
        var orderId = await emulator.NewPendingAsync("bri");

        var pay = await emulator.ControlAsync(orderId, "pay");

        Assert.Equal(HttpStatusCode.OK, pay.Status);
        var settlement = (await emulator.Receiver.WaitForAsync(orderId, 2))[1];
        Assert.Equal("settlement", settlement.Field("transaction_status"));
        Assert.Equal("200", settlement.Field("status_code"));
        Assert.Equal("midtrans payment notification", settlement.Field("status_message"));
        Assert.Equal("150000.00", settlement.Field("gross_amount"));
        Assert.Equal("accept", settlement.Field("fraud_status"));
        Assert.Equal("IDR", settlement.Field("currency"));
        Assert.Equal("bank_transfer", settlement.Field("payment_type"));
        Assert.Equal("G000000000", settlement.Field("merchant_id"));
        Assert.Equal("bri", settlement.Body.GetProperty("va_numbers")[0].GetProperty("bank").GetString());
        foreach (var field in (string[])["transaction_id", "transaction_time", "settlement_time"])
        {
            Assert.False(string.IsNullOrEmpty(settlement.Field(field)), field);
        }
        Assert.True(EmulatorFixture.HasValidSignature(settlement.Body));
    }

    [Fact]
    public async Task Pay_WithDuplicates_SendsIdenticalExtraCopies()
    {
        var orderId = await emulator.NewPendingAsync();

        await emulator.ControlAsync(orderId, "pay", "?duplicates=2");

        var settlements = (await emulator.Receiver.WaitForAsync(orderId, 4)).Skip(1).ToList();
        Assert.Equal(3, settlements.Count);
        Assert.All(settlements, n => Assert.Equal(settlements[0].RawBody, n.RawBody));
        Assert.Equal("settlement", settlements[0].Field("transaction_status"));
    }

    [Fact]
    public async Task Pay_NotifyFalse_OnlyStatusTellsTheTruth()
    {
        var orderId = await emulator.NewPendingAsync("permata");

        await emulator.ControlAsync(orderId, "pay", "?notify=false");

        Assert.Equal("settlement", (await emulator.StatusAsync(orderId)).Field("transaction_status"));
        // Notifications of one order leave in order, so once the later deny arrives a settlement would have too.
        await emulator.ControlAsync(orderId, "deny");
        var notifications = await emulator.Receiver.WaitForAsync(orderId, 2);
        Assert.Equal(["pending", "deny"], notifications.Select(n => n.Field("transaction_status")));
    }

    [Fact]
    public async Task Pay_WithAmount_AnnouncesOtherAmountSignedCorrectly()
    {
        var orderId = await emulator.NewPendingAsync();

        await emulator.ControlAsync(orderId, "pay", "?amount=1000");

        var settlement = (await emulator.Receiver.WaitForAsync(orderId, 2))[1];
        Assert.Equal("1000.00", settlement.Field("gross_amount"));
        Assert.True(EmulatorFixture.HasValidSignature(settlement.Body));
        Assert.Equal("150000.00", (await emulator.StatusAsync(orderId)).Field("gross_amount"));
    }

    [Theory]
    [InlineData("permata")]
    [InlineData("echannel")]
    public async Task Deny_AfterSettlement_SendsReversal(string channel)
    {
        var orderId = EmulatorFixture.NewOrderId();
        await emulator.ChargeAsync(channel == "echannel" ? ChargeBodies.Echannel(orderId) : ChargeBodies.BankTransfer(orderId, channel));
        await emulator.ControlAsync(orderId, "pay");

        var deny = await emulator.ControlAsync(orderId, "deny");

        Assert.Equal(HttpStatusCode.OK, deny.Status);
        var notifications = await emulator.Receiver.WaitForAsync(orderId, 3);
        Assert.Equal(["pending", "settlement", "deny"], notifications.Select(n => n.Field("transaction_status")));
        Assert.Equal("202", notifications[2].Field("status_code"));
        Assert.True(EmulatorFixture.HasValidSignature(notifications[2].Body));
        var status = await emulator.StatusAsync(orderId);
        Assert.Equal("deny", status.Field("transaction_status"));
        Assert.True(status.Has("settlement_time"));
    }

    [Theory]
    [InlineData("expire")]
    [InlineData("cancel")]
    [InlineData("deny")]
    public async Task FailingMove_Pending_Notifies202(string action)
    {
        var orderId = await emulator.NewPendingAsync();

        await emulator.ControlAsync(orderId, action);

        var notification = (await emulator.Receiver.WaitForAsync(orderId, 2))[1];
        Assert.Equal(action, notification.Field("transaction_status"));
        Assert.Equal("202", notification.Field("status_code"));
        Assert.Equal(action, (await emulator.StatusAsync(orderId)).Field("transaction_status"));
    }

    [Fact]
    public async Task Notify_LatePendingAfterSettlement_LeavesStateSettled()
    {
        var orderId = await emulator.NewPendingAsync();
        await emulator.ControlAsync(orderId, "pay");

        var notify = await emulator.ControlAsync(orderId, "notify", "?status=pending");

        Assert.Equal(HttpStatusCode.OK, notify.Status);
        var notifications = await emulator.Receiver.WaitForAsync(orderId, 3);
        Assert.Equal(["pending", "settlement", "pending"], notifications.Select(n => n.Field("transaction_status")));
        Assert.Equal("201", notifications[2].Field("status_code"));
        Assert.False(notifications[2].Body.TryGetProperty("settlement_time", out _));
        Assert.Equal("settlement", (await emulator.StatusAsync(orderId)).Field("transaction_status"));
    }

    [Fact]
    public async Task Notify_ForgeSignature_SendsWellFormedButWrongSignature()
    {
        var orderId = await emulator.NewPendingAsync();

        await emulator.ControlAsync(orderId, "notify", "?status=settlement&forgeSignature=true");

        var forged = (await emulator.Receiver.WaitForAsync(orderId, 2))[1];
        Assert.Equal("settlement", forged.Field("transaction_status"));
        Assert.Matches("^[0-9a-f]{128}$", forged.Field("signature_key"));
        Assert.False(EmulatorFixture.HasValidSignature(forged.Body));
        Assert.Equal("pending", (await emulator.StatusAsync(orderId)).Field("transaction_status"));
    }

    [Fact]
    public async Task Notify_UnknownStatus_Returns400()
    {
        var orderId = await emulator.NewPendingAsync();

        var response = await emulator.ControlAsync(orderId, "notify", "?status=refund");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Pay_AlreadySettled_Returns409()
    {
        var orderId = await emulator.NewPendingAsync();
        await emulator.ControlAsync(orderId, "pay");

        var again = await emulator.ControlAsync(orderId, "pay");

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
    }

    [Fact]
    public async Task Pay_UnknownOrder_Returns404()
    {
        var response = await emulator.ControlAsync(EmulatorFixture.NewOrderId(), "pay");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }

    [Theory]
    [InlineData("?duplicates=-1")]
    [InlineData("?duplicates=101")]
    [InlineData("?amount=0")]
    public async Task Pay_InvalidOptions_Returns400AndKeepsPending(string query)
    {
        var orderId = await emulator.NewPendingAsync();

        var response = await emulator.ControlAsync(orderId, "pay", query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("pending", (await emulator.StatusAsync(orderId)).Field("transaction_status"));
    }

    [Fact]
    public async Task GetOrder_AfterDuplicateCharge_ReportsChargeRequests()
    {
        var orderId = await emulator.NewPendingAsync();
        await emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, "bca"));

        var order = await emulator.SendAsync(HttpMethod.Get, $"/_emulator/transactions/{orderId}");

        Assert.Equal(HttpStatusCode.OK, order.Status);
        Assert.Equal(2, order.Body.GetProperty("charge_requests").GetInt32());
        var stored = Assert.Single(order.Body.GetProperty("transactions").EnumerateArray());
        Assert.Equal(150_000, stored.GetProperty("gross_amount").GetInt64());
        Assert.Equal(2, emulator.State.ChargeRequests(orderId));
    }

    [Fact]
    public async Task ListOrders_AfterCharge_IncludesOrder()
    {
        var orderId = await emulator.NewPendingAsync();

        var orders = await emulator.SendAsync(HttpMethod.Get, "/_emulator/transactions");

        Assert.Contains(orders.Body.EnumerateArray(), o => o.GetProperty("order_id").GetString() == orderId);
    }

    [Fact]
    public async Task Charge_AppendNotificationHeader_NotifiesBothUrls()
    {
        var orderId = EmulatorFixture.NewOrderId();
        using var request = EmulatorFixture.Request(HttpMethod.Post, "/v2/charge", ChargeBodies.BankTransfer(orderId, "cimb"));
        request.Headers.Authorization = EmulatorFixture.BasicAuth(EmulatorFixture.ServerKey + ":");
        request.Headers.Add("X-Append-Notification", new Uri(emulator.Receiver.BaseAddress, "/appended").ToString());

        await emulator.SendAsync(request);

        var notifications = await emulator.Receiver.WaitForAsync(orderId, 2);
        Assert.Equal(["/appended", "/notifications"], notifications.Select(n => n.Path).Order());
        await Eventually.Returns(
            () => emulator.State.Deliveries(orderId).Count(d => d.ResponseStatus == 200), n => n == 2, TimeSpan.FromSeconds(5), "two recorded deliveries");
    }
}

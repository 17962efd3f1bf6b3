using System.Net;
using Cashless.MidtransEmulator.Tests.Infrastructure;

namespace Cashless.MidtransEmulator.Tests;

/// <summary>GET status, cancel and expire of the Core API.</summary>
public class StatusEndpointTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Status_UnknownOrder_Returns404()
    {
        var status = await emulator.StatusAsync(EmulatorFixture.NewOrderId());

        Assert.Equal(HttpStatusCode.NotFound, status.Status);
        Assert.Equal("404", status.Field("status_code"));
        Assert.Equal("The requested resource is not found", status.Field("status_message"));
    }

    [Fact]
    public async Task Status_Pending_ReturnsSignedNotificationShape()
    {
        var orderId = await emulator.NewPendingAsync("bca");

        var status = await emulator.StatusAsync(orderId);

        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal("201", status.Field("status_code"));
        Assert.Equal("pending", status.Field("transaction_status"));
        Assert.True(EmulatorFixture.HasValidSignature(status.Body));
        Assert.True(status.Has("expiry_time"));
        Assert.False(status.Has("settlement_time"));
        Assert.Empty(status.Body.GetProperty("payment_amounts").EnumerateArray());
    }

    [Fact]
    public async Task Status_ByTransactionId_FindsTheTransaction()
    {
        var orderId = await emulator.NewPendingAsync();
        var transactionId = (await emulator.StatusAsync(orderId)).Field("transaction_id");

        var status = await emulator.StatusAsync(transactionId);

        Assert.Equal(orderId, status.Field("order_id"));
    }

    [Fact]
    public async Task Status_Settled_IncludesSettlementTime()
    {
        var orderId = await emulator.NewPendingAsync("bni");
        await emulator.ControlAsync(orderId, "pay");

        var status = await emulator.StatusAsync(orderId);

        Assert.Equal("200", status.Field("status_code"));
        Assert.Equal("settlement", status.Field("transaction_status"));
        Assert.True(status.Has("settlement_time"));
        Assert.True(EmulatorFixture.HasValidSignature(status.Body));
        var paid = Assert.Single(status.Body.GetProperty("payment_amounts").EnumerateArray());
        Assert.Equal("150000.00", paid.GetProperty("amount").GetString());
    }

    [Fact]
    public async Task Cancel_Pending_CancelsAndNotifies()
    {
        var orderId = await emulator.NewPendingAsync();

        var cancel = await emulator.SendAsync(HttpMethod.Post, $"/v2/{orderId}/cancel");

        Assert.Equal(HttpStatusCode.OK, cancel.Status);
        Assert.Equal("200", cancel.Field("status_code"));
        Assert.Equal("cancel", cancel.Field("transaction_status"));
        Assert.Equal("cancel", (await emulator.StatusAsync(orderId)).Field("transaction_status"));
        var notifications = await emulator.Receiver.WaitForAsync(orderId, 2);
        Assert.Equal("cancel", notifications[1].Field("transaction_status"));
        Assert.Equal("202", notifications[1].Field("status_code"));
    }

    [Fact]
    public async Task Expire_Pending_Returns407BodyAndNotifies202()
    {
        var orderId = await emulator.NewPendingAsync("permata");

        var expire = await emulator.SendAsync(HttpMethod.Post, $"/v2/{orderId}/expire");

        Assert.Equal(HttpStatusCode.OK, expire.Status);
        Assert.Equal("407", expire.Field("status_code"));
        Assert.Equal("expire", expire.Field("transaction_status"));
        Assert.Equal("expire", (await emulator.StatusAsync(orderId)).Field("transaction_status"));
        var notifications = await emulator.Receiver.WaitForAsync(orderId, 2);
        Assert.Equal("expire", notifications[1].Field("transaction_status"));
        Assert.Equal("202", notifications[1].Field("status_code"));
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("expire")]
    public async Task CancelOrExpire_Settled_Returns412(string action)
    {
        var orderId = await emulator.NewPendingAsync();
        await emulator.ControlAsync(orderId, "pay");

        var refused = await emulator.SendAsync(HttpMethod.Post, $"/v2/{orderId}/{action}");

        Assert.Equal("412", refused.Field("status_code"));
        Assert.Equal("settlement", (await emulator.StatusAsync(orderId)).Field("transaction_status"));
    }

    [Fact]
    public async Task Expire_Cancelled_Returns412()
    {
        var orderId = await emulator.NewPendingAsync();
        await emulator.SendAsync(HttpMethod.Post, $"/v2/{orderId}/cancel");

        var refused = await emulator.SendAsync(HttpMethod.Post, $"/v2/{orderId}/expire");

        Assert.Equal("412", refused.Field("status_code"));
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("expire")]
    public async Task CancelOrExpire_UnknownOrder_Returns404(string action)
    {
        var response = await emulator.SendAsync(HttpMethod.Post, $"/v2/{EmulatorFixture.NewOrderId()}/{action}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("404", response.Field("status_code"));
    }
}

using Cashless.MidtransEmulator.Tests.Infrastructure;

namespace Cashless.MidtransEmulator.Tests;

/// <summary>Automatic expiry, driven by the emulator clock; this class has its own emulator because it moves that clock.</summary>
public class ExpiryTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task AdvanceClock_PastCustomExpiry_ExpiresAndNotifies()
    {
        var orderId = EmulatorFixture.NewOrderId();
        await emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, "bca").WithExpiry(1, "minute"));
        var longLived = await emulator.NewPendingAsync();

        await emulator.SendAsync(HttpMethod.Post, "/_emulator/clock/advance?seconds=61");

        Assert.Equal("expire", (await emulator.StatusAsync(orderId)).Field("transaction_status"));
        var expired = (await emulator.Receiver.WaitForAsync(orderId, 2))[1];
        Assert.Equal("expire", expired.Field("transaction_status"));
        Assert.Equal("202", expired.Field("status_code"));
        Assert.Equal("pending", (await emulator.StatusAsync(longLived)).Field("transaction_status"));
    }
}

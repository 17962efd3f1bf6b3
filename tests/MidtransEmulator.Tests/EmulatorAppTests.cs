using Microsoft.Extensions.Options;

namespace Cashless.MidtransEmulator.Tests;

public class EmulatorAppTests
{
    [Fact]
    public async Task Create_WithoutServerKey_FailsOnStart()
    {
        await using var app = EmulatorApp.Create(new EmulatorOptions());

        await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    [Fact]
    public async Task Create_PortZero_ReportsTheBoundPort()
    {
        await using var app = EmulatorApp.Create(new EmulatorOptions { ServerKey = "SB-Mid-server-X" });
        await app.StartAsync();

        var address = EmulatorApp.BaseAddress(app);

        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
        await app.StopAsync();
    }
}

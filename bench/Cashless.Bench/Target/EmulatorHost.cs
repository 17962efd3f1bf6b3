using Cashless.MidtransEmulator;
using Microsoft.AspNetCore.Builder;

namespace Cashless.Bench.Target;

/// <summary>The Midtrans emulator hosted in this process, so VA charges of a started system have a gateway to reach.</summary>
internal sealed class EmulatorHost : IAsyncDisposable
{
    public const string ServerKey = "SB-Mid-server-BENCH";

    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<EmulatorHost> StartAsync(Uri notificationUrl, CancellationToken ct)
    {
        // Its logs go to standard error at warning level: standard output carries the report.
        var app = EmulatorApp.Create([
            "--urls", $"http://127.0.0.1:{FreePort.Next()}",
            $"--Emulator:ServerKey={ServerKey}",
            $"--Emulator:NotificationUrl={notificationUrl}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:Console:LogToStandardErrorThreshold=Trace",
        ]);
        await app.StartAsync(ct);
        return new EmulatorHost(app, EmulatorApp.BaseAddress(app));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

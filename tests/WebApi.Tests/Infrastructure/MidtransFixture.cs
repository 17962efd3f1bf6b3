using System.Globalization;
using System.Net;
using System.Text.Json;
using Cashless.MidtransEmulator;
using Cashless.MidtransEmulator.Notifications;
using Cashless.MidtransEmulator.Transactions;
using Cashless.WebApi.Midtrans;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// The application with a Midtrans server key, on a real Kestrel port (the shared app is a TestServer that nothing
/// outside the process can call), beside the Midtrans emulator on another port: the app charges and asks the emulator,
/// and the emulator POSTs its signed notifications to the app over HTTP, as Midtrans would. Reconciliation runs only
/// when a test calls <see cref="ReconcileOnceAsync"/>.
/// </summary>
public sealed class MidtransFixture : ApiFixture
{
    public const string ServerKey = "SB-Mid-server-WEBAPI-TESTS";

    /// <summary>Short, so that the gateway-timeout test is quick; the emulator on loopback answers in milliseconds.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(1.5);

    public MidtransFixture()
        : this(FreePort.Next(), FreePort.Next())
    {
    }

    private MidtransFixture(int appPort, int emulatorPort)
        : base(CreateFactory(appPort, emulatorPort))
    {
        Emulator = EmulatorApp.Create(
            new EmulatorOptions
            {
                ServerKey = ServerKey,
                NotificationUrl = new Uri($"http://127.0.0.1:{appPort}/api/v1/midtrans/notifications"),
            },
            $"http://127.0.0.1:{emulatorPort}");
        EmulatorClient = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{emulatorPort}") };
    }

    public WebApplication Emulator { get; }

    /// <summary>Drives the emulator's scenario controls (<c>/_emulator/…</c>).</summary>
    public HttpClient EmulatorClient { get; }

    public EmulatorState Gateway => Emulator.Services.GetRequiredService<EmulatorState>();

    public override async Task InitializeAsync()
    {
        await Emulator.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Emulator.StopAsync();
        await Emulator.DisposeAsync();
        EmulatorClient.Dispose();
    }

    /// <summary>One reconciliation pass, as the app's job runs it, or as it would run <paramref name="after"/> from now.</summary>
    public Task<ReconcileSummary> ReconcileOnceAsync(TimeSpan? after = null)
    {
        var reconciler = after is { } shift
            ? ActivatorUtilities.CreateInstance<MidtransReconciler>(Factory.Services, new ShiftedClock(shift))
            : Factory.Services.GetRequiredService<MidtransReconciler>();
        return reconciler.ReconcileOnce(CancellationToken.None);
    }

    /// <summary>Runs a scenario control such as <c>pay?duplicates=3</c> on an order and asserts it was accepted.</summary>
    public async Task ControlAsync(string orderId, string action)
    {
        using var response = await EmulatorClient.PostAsync(new Uri($"/_emulator/transactions/{orderId}/{action}", UriKind.Relative), null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"emulator {action} on {orderId}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Makes the emulator's charge and/or status calls fail (http500, body500, timeout) until <see cref="ResetFaultsAsync"/>.</summary>
    public async Task SetFaultsAsync(string charge = "ok", string status = "ok", int delayMs = 5_000)
    {
        using var response = await EmulatorClient.PostAsync(new Uri("/_emulator/faults", UriKind.Relative),
            Api.Json($$"""{"charge":"{{charge}}","status":"{{status}}","delayMs":{{delayMs.ToString(CultureInfo.InvariantCulture)}}}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task ResetFaultsAsync()
    {
        using var response = await EmulatorClient.DeleteAsync(new Uri("/_emulator/faults", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Waits until the emulator has recorded <paramref name="count"/> deliveries of <paramref name="status"/> for the order, and returns them.</summary>
    public async Task<IReadOnlyList<NotificationDelivery>> DeliveriesAsync(string orderId, string status, int count = 1)
    {
        IReadOnlyList<NotificationDelivery> delivered = [];
        await Eventually.True(() =>
        {
            delivered = [.. Gateway.Deliveries(orderId).Where(d => d.TransactionStatus == status && d.ResponseStatus is not null)];
            return Task.FromResult(delivered.Count >= count);
        }, TimeSpan.FromSeconds(15), $"{count} '{status}' notification(s) of {orderId} to be answered");
        return delivered;
    }

    /// <summary>Waits until the top-up shows <paramref name="status"/> to its owner, and returns it.</summary>
    public static async Task<JsonElement> TopUpInStatusAsync(TestUser owner, string topUpId, string status)
    {
        var topUp = default(JsonElement);
        await Eventually.True(async () =>
        {
            using var response = await owner.Client.GetAsync(new Uri($"/api/v1/topups/{topUpId}", UriKind.Relative));
            topUp = await response.ReadJsonAsync();
            return response.StatusCode == HttpStatusCode.OK && topUp.GetProperty("status").GetString() == status;
        }, TimeSpan.FromSeconds(15), $"top-up {topUpId} to be {status}");
        return topUp;
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }

    private static CashlessApiFactory CreateFactory(int appPort, int emulatorPort)
    {
        var factory = new CashlessApiFactory(new Dictionary<string, string>
        {
            ["Midtrans:ServerKey"] = ServerKey,
            ["Midtrans:BaseUrl"] = $"http://127.0.0.1:{emulatorPort}",
            ["Midtrans:AllowSandbox"] = "true", // an SB- key
            ["Midtrans:AllowInsecureHttp"] = "true", // the emulator on loopback
            ["Midtrans:RequestTimeout"] = RequestTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["Midtrans:ReconcileInterval"] = "01:00:00",
            ["Midtrans:ReconcileAfter"] = "00:00:00",
            ["Midtrans:ReconcileMaxRequestsPerSecond"] = "1000", // the tests' passes check every pending top-up of the run
        });
        factory.UseKestrel(appPort);
        factory.ClientOptions.BaseAddress = new Uri($"http://127.0.0.1:{appPort}");
        return factory;
    }
}

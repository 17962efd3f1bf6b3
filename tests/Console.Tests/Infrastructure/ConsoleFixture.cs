using System.Diagnostics;
using System.Net;
using Cashless.TestMachine;
using Xunit.Abstractions;

namespace Cashless.Console.Tests.Infrastructure;

/// <summary>
/// One server and one browser for the console's tests; each test makes its own users and opens its own tab. Without
/// Chromium the server still runs (the tests that need no browser pass) and <see cref="Browser"/> skips the asking test,
/// or fails it under CI.
/// </summary>
public sealed class ConsoleFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(30);

    private HeadlessChromium? _browser;

    public ConsoleServer Server { get; } = new();

    public SeedApi Api { get; private set; } = null!;

    public HeadlessChromium Browser
    {
        get
        {
            if (_browser is null)
            {
                MachinePackage.Chromium.Require();
            }

            return _browser ?? throw new InvalidOperationException("the browser did not start");
        }
    }

    public async Task InitializeAsync()
    {
        MachinePackage.Chromium.Announce(diagnostics);
        Server.StartServer();
        Api = new SeedApi(Server.BaseAddress);
        var browser = MachinePackage.Chromium.IsInstalled ? HeadlessChromium.LaunchAsync() : null;
        await WaitUntilReadyAsync();
        _browser = browser is null ? null : await browser;
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await Server.DisposeAsync();
    }

    /// <summary>The silo is active and the store answers, and so the bootstrap admin exists.</summary>
    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        var clock = Stopwatch.StartNew();
        while ((await http.GetAsync(new Uri("health/ready", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
        {
            if (clock.Elapsed > ReadyWithin)
            {
                throw new TimeoutException($"the WebApi was not ready within {ReadyWithin.TotalSeconds} s");
            }

            await Task.Delay(100);
        }
    }
}

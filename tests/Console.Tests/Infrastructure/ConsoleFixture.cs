using System.Diagnostics;
using System.Net;

namespace Cashless.Console.Tests.Infrastructure;

/// <summary>One server and one browser for the console's tests; each test makes its own users and opens its own tab.</summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(30);

    public ConsoleServer Server { get; } = new();

    public SeedApi Api { get; private set; } = null!;

    public HeadlessChromium Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server.StartServer();
        Api = new SeedApi(Server.BaseAddress);
        var browser = HeadlessChromium.LaunchAsync();
        await WaitUntilReadyAsync();
        Browser = await browser;
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
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

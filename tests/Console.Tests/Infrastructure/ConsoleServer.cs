using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cashless.Console.Tests.Infrastructure;

/// <summary>
/// The real WebApi (co-hosted silo, SQLite on a fresh file) on a real Kestrel port, so that a real browser can load the
/// console, call the API and hold a WebSocket to the hub. (The WebApi's <c>Program</c>, named in full: the standalone
/// silo's top-level <c>Program</c> is visible here too.)
/// </summary>
public sealed class ConsoleServer : WebApplicationFactory<Cashless.WebApi.Program>
{
    public const string AdminEmail = "admin@console.test";
    public const string AdminPassword = "Console-Admin-1";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "cashless-console-tests-" + Guid.NewGuid().ToString("N"));

    public ConsoleServer()
    {
        Directory.CreateDirectory(_dataFolder);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }

    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string>
        {
            ["Cluster:SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Cluster:GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_dataFolder, "cashless.db")}",
            ["Jwt:SigningKey"] = "console-tests-signing-key-" + Guid.NewGuid().ToString("N"),
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["BankTransfer:Destination:AccountNumber"] = "8800112233",
            ["PasswordHasher:IterationCount"] = "1000",

            // Every browser and seeding request comes from loopback; the limits have their own tests in WebApi.Tests.
            ["RateLimits:Login:PermitLimit"] = "1000000",
            ["RateLimits:Register:PermitLimit"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Orleans"] = "Error",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a late background task; the OS cleans the temp folder eventually.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

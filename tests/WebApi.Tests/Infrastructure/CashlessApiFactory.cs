using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// The real application (co-hosted silo, SQLite on a file in its own temp folder, free Orleans ports), configured
/// through host settings so that even what Program reads before Build sees them.
/// </summary>
public sealed class CashlessApiFactory : WebApplicationFactory<Program>
{
    /// <summary>A path no endpoint serves; a test-only middleware behind the app throws there.</summary>
    public const string FailingPath = "/api/v1/test/unhandled-failure";

    /// <summary>The community's account number bank-transfer top-ups show in the tests.</summary>
    public const string TransferAccountNumber = "8800112233";

    private readonly Dictionary<string, string> _settings;
    private readonly string _environment;

    public CashlessApiFactory(IReadOnlyDictionary<string, string>? overrides = null, string environment = "Testing")
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "cashless-webapi-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        SigningKey = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        _environment = environment;
        _settings = new Dictionary<string, string>
        {
            ["Cluster:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(DataDirectory, "cashless.db")}",
            ["Jwt:SigningKey"] = SigningKey,
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["BankTransfer:Destination:AccountNumber"] = TransferAccountNumber, // outside Development the example one stops start-up
            ["PasswordHasher:IterationCount"] = "1000", // production hashes with 100,000 (appsettings.json); tests sign up hundreds of users
            // Every test request comes from one address; the limits' own tests set them low on a factory of their own.
            ["RateLimits:Login:PermitLimit"] = "1000000",
            ["RateLimits:Register:PermitLimit"] = "1000000",
            ["RateLimits:Password:PermitLimit"] = "1000000",
            ["RateLimits:LinkCode:PermitLimit"] = "1000000",
            // The shared admin tops up hundreds of wallets, up to the balance cap; the review's own tests set these.
            ["CashDesk:ReviewAbove"] = "10000000",
            ["CashDesk:DailyCountBeforeReview"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Orleans"] = "Error",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }

        // A second silo of a cluster is given the first one's key and admin.
        SigningKey = _settings["Jwt:SigningKey"];
        AdminEmail = _settings["Admin:Email"];
    }

    public string DataDirectory { get; }

    public string SigningKey { get; private set; }

    public string AdminEmail { get; private set; } = $"admin-{Guid.NewGuid():N}@cashless.test";

    public string AdminPassword { get; } = "Admin-Password-1";

    public IReadOnlyDictionary<string, string> Settings => _settings;

    /// <summary>Every log line of the application at Information and above (whatever the console filter says).</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Registrations after the application's own, such as a shared store or a clock the test moves.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, FailingEndpointStartupFilter>();
            services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();
            TestServices?.Invoke(services);
        });
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a late background task; the temp folder is cleaned by the OS eventually.
        }
    }
}

using System.Globalization;
using Cashless.Bench.CommandLine;

namespace Cashless.Bench.Target;

/// <summary>Attaches to a running system (--url) or starts one: emulator in-process, WebApi as a child process.</summary>
internal static class TargetLauncher
{
    private const string StartedAdminEmail = "bench-admin@cashless.test";
    private const string StartedAdminPassword = "Bench-Admin-Password-1";
    private const string SigningKey = "cashless-bench-signing-key-of-at-least-32-bytes";

    public static async Task<BenchTarget> OpenAsync(BenchOptions options, TextWriter log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var target = await OpenServerAsync(options, log, ct);
        return options.Store == "postgres" && options.Postgres is { } postgres
            ? target.WithStorePid(await PostgresServerCpu.FindPostmasterAsync(postgres, ct))
            : target;
    }

    private static async Task<BenchTarget> OpenServerAsync(BenchOptions options, TextWriter log, CancellationToken ct)
    {
        if (!options.Start)
        {
            return new BenchTarget
            {
                BaseAddress = options.Url!,
                AdminEmail = options.AdminEmail,
                AdminPassword = options.AdminPassword,
                Store = options.Store,
                ClusterMode = options.ClusterMode,
                Mode = "attached",
                SqliteFile = options.SqliteFile,
                Postgres = options.Postgres,
            }.WithServerPid(options.ServerPid);
        }

        return await StartAsync(options, log, ct);
    }

    private static async Task<BenchTarget> StartAsync(BenchOptions options, TextWriter log, CancellationToken ct)
    {
        var dll = await WebApiBuild.PrepareAsync(options.WebApiDll, !options.NoBuild, log, ct);
        var port = FreePort.Next();
        var dataFolder = Path.Combine(Path.GetTempPath(), "cashless-bench-" + Guid.NewGuid().ToString("N")[..12]);
        var target = new BenchTarget
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            AdminEmail = StartedAdminEmail,
            AdminPassword = StartedAdminPassword,
            Store = options.Store,
            ClusterMode = "Localhost",
            Mode = "started",
            SqliteFile = Path.Combine(dataFolder, "cashless.db"),
            Postgres = options.Postgres,
        };
        Directory.CreateDirectory(dataFolder);
        var emulator = await EmulatorHost.StartAsync(new Uri(target.BaseAddress, "api/v1/midtrans/notifications"), ct);
        try
        {
            await log.WriteLineAsync($"starting {dll} on {target.BaseAddress} (data in {dataFolder})...");
            var server = await ServerProcess.StartAsync(dll, Environment(options, target, emulator, dataFolder), target.BaseAddress, ct);
            target.Own(server, emulator, dataFolder);
            return target;
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    private static Dictionary<string, string> Environment(BenchOptions options, BenchTarget target, EmulatorHost emulator, string dataFolder)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Urls"] = target.BaseAddress.GetLeftPart(UriPartial.Authority),
            ["ConnectionStrings__Sqlite"] = $"Data Source={target.SqliteFile}",
            ["Storage__Provider"] = options.Store == "postgres" ? "Postgres" : "Sqlite",
            ["Jwt__SigningKey"] = SigningKey,
            ["Admin__Email"] = target.AdminEmail,
            ["Admin__Password"] = target.AdminPassword,
            ["Cluster__Mode"] = target.ClusterMode,
            ["Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Midtrans__ServerKey"] = EmulatorHost.ServerKey,
            ["Midtrans__BaseUrl"] = emulator.BaseAddress.ToString(),
            ["Midtrans__AllowSandbox"] = "true",
            ["Midtrans__AllowInsecureHttp"] = "true",
            ["BankTransfer__Destination__AccountNumber"] = "8800112233",

            // The load generator is one address standing in for a whole community: per-address limits would measure
            // themselves, not the system. --server-setting can set them back.
            ["RateLimits__Login__PermitLimit"] = "1000000",
            ["RateLimits__Register__PermitLimit"] = "1000000",
            ["RateLimits__Password__PermitLimit"] = "1000000",

            // Funding the population is many large cash-desk top-ups by one admin; none of them waits for a second.
            ["CashDesk__ReviewAbove"] = long.MaxValue.ToString(CultureInfo.InvariantCulture),
            ["CashDesk__DailyCountBeforeReview"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
        };
        if (options.Postgres is not null)
        {
            environment["ConnectionStrings__Postgres"] = options.Postgres;
        }

        foreach (var (key, value) in options.ServerSettings)
        {
            environment[key] = value;
        }

        return environment;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cashless.System.Tests;

/// <summary>
/// The real WebApi executable (co-hosted silo, SQLite) started as a child process on free loopback ports, so a test
/// can kill it without a graceful stop and start it again on the same data file.
/// </summary>
public sealed class WebApiProcess : IAsyncDisposable
{
    public const string AdminEmail = "admin@system.test";
    public const string AdminPassword = "System-Test-Admin-1";

    private readonly Process _process;

    private WebApiProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The server's process id, for reading its CPU time from <c>/proc</c>.</summary>
    public int ProcessId => _process.Id;

    /// <summary>What the process wrote to stdout and stderr so far, a line at a time.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    public static Task<WebApiProcess> StartAsync(string dataFolder, IReadOnlyDictionary<string, string>? settings = null) =>
        StartAsync(WebApiDll(), Directory.GetCurrentDirectory(), new Dictionary<string, string>
        {
            ["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(dataFolder, "cashless.db")}",
        }.Concat(settings ?? new Dictionary<string, string>()));

    /// <summary>Starts <paramref name="dll"/> from <paramref name="workingDirectory"/>, with the settings given as
    /// environment variables over the ones every test needs (loopback ports, a signing key, the admin).</summary>
    public static async Task<WebApiProcess> StartAsync(string dll, string workingDirectory, IEnumerable<KeyValuePair<string, string>> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Jwt__SigningKey"] = "system-tests-signing-key-with-at-least-32-bytes!",
            ["Admin__Email"] = AdminEmail,
            ["Admin__Password"] = AdminPassword,
            ["BankTransfer__Destination__AccountNumber"] = "8800112233",
            // Every test request comes from one address: per-address limits would refuse the tests' own set-up.
            ["RateLimits__Login__PermitLimit"] = "1000000",
            ["RateLimits__Register__PermitLimit"] = "1000000",
            ["Cluster__SiloPort"] = FreePort().ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePort().ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            ["Outbox__RecoveryInterval"] = "00:00:01",
            ["Outbox__MinimumAge"] = "00:00:01",
        };
        foreach (var (key, value) in environment.Concat(settings))
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the WebApi");
        var api = new WebApiProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => api.Remember(line.Data);
        process.ErrorDataReceived += (_, line) => api.Remember(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await api.WaitUntilReady();
        return api;
    }

    /// <summary>No graceful stop: the process dies at once, as in a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is not null)
        {
            Output.Enqueue(line);
        }
    }

    private async Task WaitUntilReady()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the WebApi exited with code {_process.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync(new Uri("health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the WebApi did not become ready within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The configuration (Debug, Release) of this test build, and so of the WebApi built beside it.</summary>
    public static string BuildConfiguration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The WebApi build next to this test build (same configuration), from the repository's src folder.</summary>
    private static string WebApiDll()
    {
        var dll = Path.Combine(Repository.Root, "src", "WebApi", "bin", BuildConfiguration, "net10.0", "Cashless.WebApi.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the WebApi first", dll);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cashless.Storage.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster made from the machine's binaries (/usr/lib/postgresql/N/bin): initdb into a temp
/// folder, a free loopback port, its socket in that folder, trust authentication (it listens on 127.0.0.1 only and
/// lives as long as the test run). PostgreSQL refuses to run as root, so as root it runs as the postgres user.
/// </summary>
internal sealed class PostgresLocalCluster : IAsyncDisposable
{
    private const string BinariesRoot = "/usr/lib/postgresql";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _bin;
    private readonly string _folder;

    private PostgresLocalCluster(string bin, string folder)
    {
        _bin = bin;
        _folder = folder;
    }

    public string ConnectionString { get; private set; } = "";

    private string DataFolder => Path.Combine(_folder, "data");

    private string LogFile => Path.Combine(_folder, "server.log");

    public static async Task<PostgresLocalCluster> StartAsync()
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            $"No PostgreSQL for the storage tests: {PostgresServer.EnvironmentVariable} is not set and there is no " +
            $"{BinariesRoot}/*/bin/initdb. Install PostgreSQL (apt-get install postgresql), or start one with " +
            $".ci/start-postgres.sh and set {PostgresServer.EnvironmentVariable} to what it prints.");
        var cluster = new PostgresLocalCluster(bin, Directory.CreateTempSubdirectory("cashless-pg-").FullName);
        try
        {
            await cluster.InitAndStartAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            await RunToolAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");
        }

        Directory.Delete(_folder, recursive: true);
    }

    private async Task InitAndStartAsync()
    {
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", "postgres:postgres", _folder);
        }

        await RunToolAsync("initdb", "-D", DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            try
            {
                // fsync off: this cluster is thrown away, and durability across a crash is not what these tests check.
                var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off";
                await RunToolAsync("pg_ctl", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", options, "start");
                ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took the port between our probe and the server's bind: try another one.
            }
        }
    }

    internal static string? FindBinaries() =>
        Directory.Exists(BinariesRoot)
            ? Directory.GetDirectories(BinariesRoot)
                .Select(folder => Path.Combine(folder, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Runs one of the server's tools, as the postgres user when we are root.</summary>
    private Task RunToolAsync(string name, params string[] arguments)
    {
        var tool = Path.Combine(_bin, name);
        return Environment.IsPrivilegedProcess ? RunAsync("runuser", ["-u", "postgres", "--", tool, .. arguments]) : RunAsync(tool, arguments);
    }

    /// <summary>A non-zero exit, or no exit in time, throws with the command's output and the server log.</summary>
    private async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        if (!process.HasExited || process.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "";
            throw new InvalidOperationException(
                $"{string.Join(' ', arguments.Prepend(file))} failed:\n{await output}\n{await errors}\n{log}");
        }
    }
}

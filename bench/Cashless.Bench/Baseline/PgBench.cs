using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Cashless.Bench.CommandLine;
using Cashless.Bench.Setup;
using Npgsql;

namespace Cashless.Bench.Baseline;

/// <summary>
/// PostgreSQL's own TPC-B (pgbench) against the server and database of --postgres: initialise at --pgbench-scale, run
/// with prepared statements, read the tps, then drop pgbench's tables again so they do not count in the store's size.
/// </summary>
internal static partial class PgBench
{
    public static async Task<TpcbBaseline> RunAsync(BenchOptions options, TextWriter log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var server = new NpgsqlConnectionStringBuilder(options.Postgres);
        string[] run =
        [
            "-M", "prepared", "-c", Number(options.PgbenchClients), "-j", Number(options.PgbenchThreads), "-T", Number(options.PgbenchSeconds),
        ];
        await log.WriteLineAsync($"TPC-B baseline: pgbench -i -s {options.PgbenchScale}, then pgbench {string.Join(' ', run)}...");
        await RunAsync(options.Pgbench, server, ["-i", "-q", "-s", Number(options.PgbenchScale)], ct);
        try
        {
            var output = await RunAsync(options.Pgbench, server, run, ct);
            return new TpcbBaseline($"pgbench {string.Join(' ', run)} (scale {options.PgbenchScale})", ParseTps(output));
        }
        finally
        {
            await RunAsync(options.Pgbench, server, ["-i", "-I", "d"], CancellationToken.None);
        }
    }

    /// <summary>The first <c>tps = …</c> line of pgbench's summary.</summary>
    public static double ParseTps(string output)
    {
        var match = TpsLine().Match(output);
        return match.Success
            ? double.Parse(match.Groups["tps"].Value, CultureInfo.InvariantCulture)
            : throw new SetupFailedException($"pgbench printed no tps line:\n{output}");
    }

    private static async Task<string> RunAsync(string pgbench, NpgsqlConnectionStringBuilder server, string[] arguments, CancellationToken ct)
    {
        var info = new ProcessStartInfo(pgbench)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Connection(server).Concat(arguments).Append(server.Database ?? "postgres"))
        {
            info.ArgumentList.Add(argument);
        }

        if (server.Password is { } password)
        {
            info.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(info) ?? throw new SetupFailedException($"could not start {pgbench}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var output = await stdout + await stderr;
        return process.ExitCode == 0
            ? output
            : throw new SetupFailedException($"{pgbench} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}");
    }

    private static IEnumerable<string> Connection(NpgsqlConnectionStringBuilder server)
    {
        yield return "-h";
        yield return server.Host ?? "127.0.0.1";
        yield return "-p";
        yield return Number(server.Port);
        if (server.Username is { } user)
        {
            yield return "-U";
            yield return user;
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^tps = (?<tps>[0-9]+(\.[0-9]+)?)", RegexOptions.Multiline)]
    private static partial Regex TpsLine();
}

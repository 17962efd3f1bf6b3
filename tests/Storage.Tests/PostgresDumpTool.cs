using System.Diagnostics;
using Npgsql;

namespace Cashless.Storage.Tests;

/// <summary>
/// pg_dump and pg_restore from the machine's PostgreSQL (found as the throwaway cluster finds its binaries), run as
/// clients of the database a connection string names, the password passed in PGPASSWORD.
/// </summary>
internal static class PostgresDumpTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>A custom-format dump (<c>pg_dump -Fc</c>), the form the README tells an operator to take.</summary>
    public static Task DumpAsync(string connectionString, string file) =>
        RunAsync("pg_dump", connectionString, "--format=custom", "--no-owner", $"--file={file}");

    /// <summary>Restores a dump into an empty database in one transaction: all of it, or nothing.</summary>
    public static Task RestoreAsync(string connectionString, string file) =>
        RunAsync("pg_restore", connectionString, "--no-owner", "--single-transaction", "--exit-on-error", file);

    private static async Task RunAsync(string tool, string connectionString, params string[] arguments)
    {
        var bin = PostgresLocalCluster.FindBinaries() ?? throw new InvalidOperationException("no PostgreSQL binaries on this machine");
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Path.Combine(bin, tool)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[$"--host={target.Host}", $"--port={target.Port}", $"--username={target.Username}", $"--dbname={target.Database}", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = target.Password ?? "";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        }
    }
}

using System.Globalization;
using Npgsql;

namespace Cashless.Bench.Target;

/// <summary>
/// The CPU time of a PostgreSQL server that runs on this machine: its postmaster and every process it forked
/// (backends, WAL writer, checkpointer, autovacuum), read from <c>/proc</c>. The postmaster is found as the parent of
/// the backend that answers <c>pg_backend_pid()</c>, so other PostgreSQL servers on the machine are not counted.
/// A backend that exits during a step takes its CPU with it; the server's pooled connections stay open.
/// </summary>
internal static class PostgresServerCpu
{
    /// <summary>The postmaster's pid, or null when the server is on another machine.</summary>
    public static async Task<int?> FindPostmasterAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return ProcStat.Read(backend)?.ParentPid is { } parent && ProcStat.Read(parent) is not null ? parent : null;
    }

    public static TimeSpan? Read(int? postmaster)
    {
        if (postmaster is not { } root || ProcStat.Read(root) is not { } server)
        {
            return null;
        }

        var total = server.CpuTime;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ProcStat.Read(pid) is { ParentPid: var parent } child && parent == root)
            {
                total += child.CpuTime;
            }
        }

        return total;
    }
}

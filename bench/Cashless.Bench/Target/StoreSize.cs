using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cashless.Bench.Target;

/// <summary>
/// How many bytes the store holds now. SQLite: the database file plus its WAL, after a checkpoint that moves the WAL
/// into the file (so a page is not counted twice) unless <c>checkpoint</c> is false (under load, where a truncating
/// checkpoint would hold the writer up); PostgreSQL: <c>pg_database_size</c> of the system's database.
/// Null when the tool cannot see the store (attached without --sqlite-file or --postgres).
/// </summary>
internal static class StoreSize
{
    public static async Task<long?> MeasureAsync(BenchTarget target, bool checkpoint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Store == "postgres")
        {
            return target.Postgres is { } postgres ? await PostgresAsync(postgres, ct) : null;
        }

        return target.SqliteFile is { } file && File.Exists(file) ? await SqliteAsync(file, checkpoint, ct) : null;
    }

    private static async Task<long> PostgresAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<long> SqliteAsync(string file, bool checkpoint, CancellationToken ct)
    {
        if (checkpoint)
        {
            await CheckpointAsync(file, ct);
        }

        var wal = new FileInfo(file + "-wal");
        return new FileInfo(file).Length + (wal.Exists ? wal.Length : 0);
    }

    private static async Task CheckpointAsync(string file, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync(ct);
    }
}

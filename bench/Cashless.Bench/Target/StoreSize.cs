using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cashless.Bench.Target;

/// <summary>
/// How many bytes the store holds now. SQLite: its pages as a reader sees them (<c>page_count</c> × <c>page_size</c>),
/// so a page still in the WAL counts once whether or not a checkpoint has copied it back: a checkpoint can be refused
/// while readers are in its way (the file plus the WAL then counted many pages twice), and under load it would hold
/// the writer up. PostgreSQL: <c>pg_database_size</c> of the system's database. Null when the tool cannot see the
/// store (attached without --sqlite-file or --postgres).
/// </summary>
internal static class StoreSize
{
    public static async Task<long?> MeasureAsync(BenchTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Store == "postgres")
        {
            return target.Postgres is { } postgres ? await PostgresAsync(postgres, ct) : null;
        }

        return target.SqliteFile is { } file && File.Exists(file) ? await SqliteAsync(file, ct) : null;
    }

    private static async Task<long> PostgresAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public static async Task<long> SqliteAsync(string file, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}

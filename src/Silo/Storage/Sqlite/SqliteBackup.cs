using Cashless.Grains.Ledger;
using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>
/// Online copies of the live store with SQLite's backup API, on a connection of their own: the copy is read in one
/// read transaction, so it is one committed state, and in WAL mode the writer goes on committing meanwhile.
/// </summary>
public static class SqliteBackup
{
    /// <summary>
    /// Copies the store <paramref name="connectionString"/> names into <paramref name="target"/> (which must not
    /// exist) as a single self-contained file (rollback journal, no WAL beside it).
    /// </summary>
    public static void Copy(string connectionString, string target)
    {
        using (var source = SqliteConnections.Open(connectionString))
        using (var copy = OpenFile(target, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
            SqliteConnections.Execute(copy, "PRAGMA journal_mode=DELETE");
        }
    }

    /// <summary>
    /// Checks a copy before it is kept or restored: SQLite's integrity check, then the conservation totals read from
    /// it, which must balance. Throws <see cref="SqliteBackupFailedException"/> when either fails.
    /// </summary>
    public static ConservationTotals Verify(string file)
    {
        if (!File.Exists(file))
        {
            throw new SqliteBackupFailedException($"{file} does not exist");
        }

        try
        {
            using var connection = OpenFile(file, SqliteOpenMode.ReadOnly);
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA integrity_check";
                var result = check.ExecuteScalar() as string;
                if (result != "ok")
                {
                    throw new SqliteBackupFailedException($"{file} fails SQLite's integrity check: {result}");
                }
            }

            using var command = SqliteConnections.Command(connection, StoreQueries.ConservationTotals);
            using var reader = command.ExecuteReader();
            reader.Read();
            var totals = StoreRows.ConservationTotals(reader);
            return totals.Balanced
                ? totals
                : throw new SqliteBackupFailedException(
                    $"{file} is not balanced: balances {totals.Balances} + in flight {totals.InFlight} ≠ expected {totals.Expected}");
        }
        catch (SqliteException e)
        {
            throw new SqliteBackupFailedException($"{file} is not a readable Cashless store: {e.Message}");
        }
    }

    /// <summary>A connection to one file outside the pool, so that nothing keeps the file open once it is closed.</summary>
    private static SqliteConnection OpenFile(string file, SqliteOpenMode mode) =>
        SqliteConnections.Open(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
}

using Cashless.Grains.Ledger;
using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>What a restore did, or why it did nothing.</summary>
public sealed record SqliteRestoreResult(bool Restored, string Message, ConservationTotals? Conservation = null);

/// <summary>
/// Puts a backup in place of a stopped store: refuses while a server holds the store's lock, verifies the backup
/// first, and keeps the replaced files (database, WAL and shared memory) beside it under a dated name.
/// </summary>
public static class SqliteRestore
{
    public static SqliteRestoreResult Run(string connectionString, string backupFile, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var database = SqliteStoreLock.DatabasePath(connectionString);
        using var held = SqliteStoreLock.TryAcquire(database);
        if (held is null)
        {
            return new(false,
                $"Refused: the store {database} is open by a running server ({SqliteStoreLock.LockPath(database)} is locked). " +
                "Stop the server first, then run the restore again.");
        }

        ConservationTotals totals;
        try
        {
            totals = SqliteBackup.Verify(backupFile);
        }
        catch (SqliteBackupFailedException e)
        {
            return new(false, $"Refused: the backup failed its verification, nothing was changed. {e.Message}");
        }

        // Pooled connections of this process (a test host, for one) would otherwise go on reading the replaced file.
        SqliteConnection.ClearAllPools();
        var incoming = database + ".restoring";
        File.Copy(backupFile, incoming, overwrite: true);
        using (var written = new FileStream(incoming, FileMode.Open, FileAccess.ReadWrite))
        {
            written.Flush(flushToDisk: true);
        }

        var replaced = SetAside(database, clock.GetUtcNow());
        File.Move(incoming, database);
        var kept = replaced is null ? "There was no database file to replace." : $"The replaced files were kept as {replaced}*.";
        return new(true, $"Restored {backupFile} to {database}. {kept}", totals);
    }

    /// <summary>Moves the database with its WAL and shared memory aside (together they are one consistent state).</summary>
    private static string? SetAside(string database, DateTimeOffset now)
    {
        var aside = $"{database}.replaced-{now:yyyyMMdd'T'HHmmss'Z'}";
        var moved = false;
        foreach (var suffix in (string[])["", "-wal", "-shm"])
        {
            if (File.Exists(database + suffix))
            {
                File.Move(database + suffix, aside + suffix, overwrite: true);
                moved = true;
            }
        }

        return moved ? aside : null;
    }
}

using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>
/// The sign that a process has the store open: an exclusive lock on <c>&lt;database&gt;.lock</c>, held by a running
/// server for its whole life and by a restore while it swaps the files. The operating system drops it when its
/// holder exits, even by a crash, so a stale lock file on disk means nothing; only a held lock does.
/// </summary>
public sealed class SqliteStoreLock : IDisposable
{
    private readonly FileStream _file;

    private SqliteStoreLock(FileStream file) => _file = file;

    /// <summary>The database file the connection string names, as a full path.</summary>
    public static string DatabasePath(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public static string LockPath(string databasePath) => databasePath + ".lock";

    /// <summary>Takes the lock, or says (null) that another holder has it.</summary>
    public static SqliteStoreLock? TryAcquire(string databasePath)
    {
        var path = LockPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new SqliteStoreLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Takes the lock for a server that is starting, or refuses to start beside another process on the same file.</summary>
    public static SqliteStoreLock Acquire(string databasePath) =>
        TryAcquire(databasePath) ?? throw new InvalidOperationException(
            $"The SQLite store {databasePath} is in use by another process ({LockPath(databasePath)} is locked): " +
            "a SQLite file belongs to one server, and a restore must not run under it.");

    public void Dispose() => _file.Dispose();
}

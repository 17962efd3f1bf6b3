using Microsoft.Data.Sqlite;

namespace Cashless.TestSupport;

/// <summary>A folder under the system temp path (a store's file, a server's data); <see cref="Delete"/> removes it with everything in it.</summary>
public sealed class TempFolder
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cashless-").FullName;

    public void Delete()
    {
        // Pooled SQLite connections keep the file open until the pool lets go of them.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}

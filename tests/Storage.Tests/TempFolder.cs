using Microsoft.Data.Sqlite;

namespace Cashless.Storage.Tests;

/// <summary>A folder under the system temp path, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cashless-").FullName;

    public void Dispose()
    {
        // Pooled SQLite connections keep the file open until the pool lets go of them.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}

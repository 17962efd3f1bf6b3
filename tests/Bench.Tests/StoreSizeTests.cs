using Cashless.Bench.Target;
using Microsoft.Data.Sqlite;

namespace Cashless.Bench.Tests;

/// <summary>The bytes a SQLite store holds, read on a real file while its WAL still holds the pages.</summary>
public sealed class StoreSizeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cashless-storesize-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Sqlite_PagesStillInTheWal_CountOnceAsAfterACheckpoint()
    {
        var file = Path.Combine(_folder, "store.db");
        await using var writer = await OpenAsync(file);
        await ExecuteAsync(writer, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (v BLOB)");
        for (var i = 0; i < 200; i++)
        {
            await ExecuteAsync(writer, "INSERT INTO t VALUES (randomblob(4000))");
        }

        var measured = await StoreSize.SqliteAsync(file, CancellationToken.None);
        var fileAndWal = new FileInfo(file).Length + new FileInfo(file + "-wal").Length;

        await ExecuteAsync(writer, "PRAGMA wal_checkpoint(TRUNCATE)");
        Assert.Equal(new FileInfo(file).Length, measured);
        Assert.True(fileAndWal > measured, $"the file and its WAL ({fileAndWal} bytes) count pages twice; {measured} do not");
    }

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

using Cashless.Grains.Ledger;
using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. All writes go through <see cref="SqliteWriteQueue"/> (one
/// writer, batched transactions); reads open their own pooled connections and see the last committed state;
/// <see cref="SqliteCheckpointer"/> moves the WAL into the database file beside the writer.
/// </summary>
internal sealed partial class SqliteCashlessStore(string connectionString, int maxQueuedWrites = StorageOptions.DefaultMaxQueuedWrites)
    : ICashlessStore, IAsyncDisposable
{
    private readonly SqliteWriteQueue _writer = new(OpenWriterCreatingFolder(connectionString), maxQueuedWrites);
    private readonly SqliteCheckpointer _checkpointer = new(SqliteConnections.Open(connectionString));

    public (long Batches, long Writes) Written => _writer.Written;

    public bool HasRoom => _writer.HasRoom;

    /// <summary>The writes queued or being written, for tests.</summary>
    public int HeldWrites => _writer.Held;

    /// <summary>The test hook that holds the writer.</summary>
    public WriterPause WriterPause => _writer.Pause;

    /// <summary>One writer thread per store instance, FIFO, one transaction per batch.</summary>
    public string? WriterId { get; } = "sqlite-" + Guid.NewGuid().ToString("N");

    public Task InitializeAsync(CancellationToken ct = default)
    {
        using var connection = SqliteConnections.OpenWriter(connectionString);
        SqliteSchema.Apply(connection);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _checkpointer.Dispose();
        return _writer.DisposeAsync();
    }

    /// <summary>A fresh machine has no data folder yet: make it before SQLite is asked to create the file.</summary>
    private static SqliteConnection OpenWriterCreatingFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return SqliteConnections.OpenWriter(connectionString);
    }

    private SqliteConnection OpenReader() => SqliteConnections.Open(connectionString);

    /// <summary>Runs a shared statement on a reader connection and maps every row.</summary>
    private List<T> Read<T>(StoreStatement statement, Func<SqliteDataReader, T> map)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection, statement);
        return ReadAll(command, map);
    }

    /// <summary>Runs a shared statement on the writer's connection (inside a write) and says how many rows it touched.</summary>
    private static int Execute(SqliteConnection connection, StoreStatement statement) =>
        SqliteStatements.Bound(connection, statement.Sql, SqliteConnections.Parameters(statement)).ExecuteNonQuery();

    private static long ToUnixMs(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static string? NullableString(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}

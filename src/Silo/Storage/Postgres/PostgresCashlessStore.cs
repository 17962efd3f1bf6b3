using System.Data.Common;
using Cashless.Grains.Ledger;
using Npgsql;

namespace Cashless.Silo.Storage.Postgres;

/// <summary>
/// The cluster store: one PostgreSQL database shared by every silo. Writes go through this node's
/// <see cref="PostgresWriteQueue"/> (batched transactions; a savepoint per write only for a batch that was
/// refused); reads take pooled connections from the data source and see the last committed state. Conflicts between
/// nodes are settled by the same constraints as on SQLite: unique (account, seq) of the entries (decision 0010), unique
/// (account, operation id) of the entries indexed by it, record preconditions.
/// </summary>
internal sealed partial class PostgresCashlessStore : ICashlessStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresWriteQueue _writer;

    public PostgresCashlessStore(string connectionString, int maxQueuedWrites = StorageOptions.DefaultMaxQueuedWrites)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // The writer tells a write's own failed statement from its savepoint bookkeeping by the failed batch command.
        builder.ConnectionStringBuilder.IncludeFailedBatchedCommand = true;
        if (!Names(connectionString, "MaxPoolSize", "MaximumPoolSize"))
        {
            builder.ConnectionStringBuilder.MaxPoolSize = DefaultMaxPoolSize;
        }

        if (!Names(connectionString, "MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        _dataSource = builder.Build();
        _writer = new PostgresWriteQueue(_dataSource, maxQueuedWrites);
    }

    /// <summary>
    /// Connections one node opens at most unless its connection string says otherwise (Npgsql's own default is 100,
    /// which is all of PostgreSQL's default <c>max_connections</c>). Reads take a few milliseconds, so a few dozen serve
    /// thousands a second; past that an overloaded node waits for a connection (and answers 503 when none frees up in
    /// time) instead of taking the database's last ones and failing every other node's activations.
    /// </summary>
    public const int DefaultMaxPoolSize = 25;

    /// <summary>
    /// Statements each connection keeps prepared on the server unless the connection string says otherwise (Npgsql
    /// prepares none by default): a statement run often (the writer's merged inserts, an account's load, a journal page)
    /// is then parsed and planned once per connection, not on every run, as pgbench's <c>-M prepared</c> does.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>The data source's settings, with this store's defaults applied (for tests).</summary>
    internal string ConnectionString => _dataSource.ConnectionString;

    public (long Batches, long Writes) Written => _writer.Written;

    /// <summary>Batches the writer had to write again write by write (see <see cref="PostgresWriteQueue"/>).</summary>
    public long Fallbacks => _writer.Fallbacks;

    public bool HasRoom => _writer.HasRoom;

    /// <summary>The writes queued or being written, for tests.</summary>
    public int HeldWrites => _writer.Held;

    /// <summary>The test hook that holds this node's writer.</summary>
    public WriterPause WriterPause => _writer.Pause;

    /// <summary>One writer loop per store instance (per node), FIFO, one transaction per batch.</summary>
    public string? WriterId { get; } = "postgres-" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await PostgresSchema.ApplyAsync(connection, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    /// <summary>Whether the operator's connection string sets a setting itself (under any of <paramref name="names"/>, spaces ignored).</summary>
    internal static bool Names(string connectionString, params string[] names)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal))
            .Any(key => names.Contains(key, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>True when committed, false when refused (callers of upserts ignore it, as on SQLite).</summary>
    private Task<bool> WriteAsync(PostgresWrite write) => _writer.Write(write, committed: true, conflict: false);

    private Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params object?[] values) =>
        PostgresSql.QueryAsync(_dataSource, sql, map, ct, values);

    private Task<List<T>> QueryAsync<T>(StoreStatement statement, Func<DbDataReader, T> map, CancellationToken ct) =>
        PostgresSql.QueryAsync(_dataSource, statement.Sql, map, ct, statement.Values);

    /// <summary>Writes one shared statement through the writer; how many rows it touched, or null when it was refused.</summary>
    private async Task<int?> ExecuteAsync(StoreStatement statement)
    {
        var write = new PostgresWrite().Add(statement.Sql, statement.Values);
        return await WriteAsync(write) ? write.RecordsAffected(0) : null;
    }

    private async Task<T?> QuerySingleAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params object?[] values)
        where T : class =>
        (await QueryAsync(sql, map, ct, values)).FirstOrDefault();

    private static long ToUnixMs(DateTimeOffset at) => at.ToUnixTimeMilliseconds();
}

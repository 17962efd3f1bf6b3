using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>
/// The one writer of the database. Writes queued by many grains are taken together and run in one transaction
/// (one fsync), each inside its own savepoint so a refused write (a conflict) undoes only itself. Every caller's
/// task completes after the transaction that holds its write is durable.
/// </summary>
internal sealed class SqliteWriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 1024;
    private const int SqliteConstraint = 19;

    private readonly Channel<IWriteJob> _jobs = Channel.CreateUnbounded<IWriteJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnection _connection;
    private readonly WriteBacklog _backlog;
    private readonly Thread _thread;

    /// <summary>Takes over <paramref name="connection"/> (opened by the caller, so a bad path fails at start-up, not on this thread).</summary>
    public SqliteWriteQueue(SqliteConnection connection, int maxQueuedWrites)
    {
        _connection = connection;
        _backlog = new WriteBacklog(maxQueuedWrites);
        _thread = new Thread(Run) { IsBackground = true, Name = "sqlite-writer" };
        _thread.Start();
    }

    /// <summary>Batches written so far and the writes they held, for metrics and tests.</summary>
    public (long Batches, long Writes) Written { get; private set; }

    /// <summary>Whether a new money operation may start (see <see cref="WriteBacklog"/>).</summary>
    public bool HasRoom => _backlog.HasRoom;

    /// <summary>The writes queued or being written.</summary>
    public int Held => _backlog.Held;

    /// <summary>The test hook that holds the writer before its next batch.</summary>
    public WriterPause Pause { get; } = new();

    /// <summary>
    /// Runs <paramref name="work"/> in the next batch; a conflict (constraint or <see cref="StoreConflictException"/>)
    /// yields <paramref name="onConflict"/>. Throws <see cref="Grains.Ledger.StoreOverloadedException"/> at once when
    /// the writer is full.
    /// </summary>
    public Task<T> Write<T>(Func<SqliteConnection, T> work, T onConflict)
    {
        _backlog.Admit();
        var job = new WriteJob<T>(work, onConflict);
        if (!_jobs.Writer.TryWrite(job))
        {
            _backlog.Release(1);
            throw new ObjectDisposedException(nameof(SqliteWriteQueue));
        }

        return job.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _jobs.Writer.TryComplete();
        await Task.Run(_thread.Join);
    }

    private void Run()
    {
        using var connection = _connection;
        var batch = new List<IWriteJob>(MaxBatch);
        while (_jobs.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            Pause.WhileRunning.GetAwaiter().GetResult();
            while (batch.Count < MaxBatch && _jobs.Reader.TryRead(out var job))
            {
                batch.Add(job);
            }

            WriteBatch(connection, batch);
            _backlog.Release(batch.Count);
            Written = (Written.Batches + 1, Written.Writes + batch.Count);
            batch.Clear();
        }
    }

    private static void WriteBatch(SqliteConnection connection, List<IWriteJob> batch)
    {
        var begun = false;
        try
        {
            SqliteStatements.Execute(connection, "BEGIN IMMEDIATE");
            begun = true;
            foreach (var job in batch)
            {
                RunInSavepoint(connection, job);
            }

            SqliteStatements.Execute(connection, "COMMIT");
            begun = false;
            CashlessMetrics.RecordBatch(batch.Count, batch.Count(job => job.Kept));
            batch.ForEach(job => job.Publish());
        }
        catch (Exception failure)
        {
            CashlessMetrics.RecordFailedBatch(batch.Count);
            if (begun)
            {
                RollBackQuietly(connection);
            }

            batch.ForEach(job => job.Fail(failure));
        }
    }

    private static void RunInSavepoint(SqliteConnection connection, IWriteJob job)
    {
        SqliteStatements.Execute(connection, "SAVEPOINT job");
        try
        {
            job.Run(connection);
        }
        catch (Exception conflict) when (conflict is StoreConflictException or SqliteException { SqliteErrorCode: SqliteConstraint })
        {
            SqliteStatements.Execute(connection, "ROLLBACK TO job");
            job.Refuse();
        }
        catch (SqliteException)
        {
            throw;
        }
        catch (Exception bug)
        {
            // A fault in one write's own code fails that write alone; the rest of the batch still commits.
            SqliteStatements.Execute(connection, "ROLLBACK TO job");
            job.Fail(bug);
        }

        SqliteStatements.Execute(connection, "RELEASE job");
    }

    private static void RollBackQuietly(SqliteConnection connection)
    {
        try
        {
            SqliteStatements.Execute(connection, "ROLLBACK");
        }
        catch (SqliteException)
        {
            // SQLite may already have rolled back (a failed COMMIT does); the callers are failed either way.
        }
    }

    private interface IWriteJob
    {
        /// <summary>Its work ran through (not refused, not failed): it is in the transaction.</summary>
        bool Kept { get; }

        void Run(SqliteConnection connection);

        void Refuse();

        void Publish();

        void Fail(Exception failure);
    }

    private sealed class WriteJob<T>(Func<SqliteConnection, T> work, T onConflict) : IWriteJob
    {
        private T _result = default!;

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Kept { get; private set; }

        public void Run(SqliteConnection connection)
        {
            _result = work(connection);
            Kept = true;
        }

        public void Refuse() => _result = onConflict;

        public void Publish() => Completion.TrySetResult(_result);

        public void Fail(Exception failure) => Completion.TrySetException(failure);
    }
}

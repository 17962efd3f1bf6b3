using System.Threading.Channels;
using Npgsql;

namespace Cashless.Silo.Storage.Postgres;

/// <summary>
/// The one writer of this node (group commit). Writes queued by many grains are taken together, up to
/// <see cref="MaxBatch"/>, and run in one transaction: one COMMIT, one WAL flush. Every caller's task completes after
/// the COMMIT that holds its write. Other nodes have writers of their own; row locks and the constraints keep them apart.
/// </summary>
/// <remarks>
/// <para>
/// The common case has no conflict (each account has one writer), so a batch is first sent whole in one round trip,
/// with no savepoint, its account commits merged into a few multi-row statements (<see cref="PostgresBatchStatements"/>):
/// when every statement ran and every row-count precondition held, the batch commits. A savepoint costs the server a
/// subtransaction (and an xid) per write, which was most of its CPU per payment.
/// </para>
/// <para>
/// When the whole batch is refused (a constraint, a version check, or a write's own fault), it is rolled back and
/// written again write by write, each inside its own savepoint, so exactly the refused write is refused: in rounds of
/// up to <see cref="RoundSize"/>, each round one round trip: <c>SAVEPOINT w0</c>, the first write's statements,
/// <c>SAVEPOINT w1</c>, the second's, and so on. When a write is refused, the round is rolled back to that write's
/// savepoint (which also undoes the writes after it in the round), and those later writes are sent again in the next
/// round.
/// </para>
/// </remarks>
internal sealed class PostgresWriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 512;
    private const int RoundSize = 64;

    /// <summary>SQLSTATE class 23, integrity constraint violation: a unique key, check or foreign key said no.</summary>
    private const string ConstraintViolation = "23";

    private readonly Channel<WriteJob> _jobs = Channel.CreateUnbounded<WriteJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NpgsqlDataSource _dataSource;
    private readonly WriteBacklog _backlog;
    private readonly Task _loop;

    public PostgresWriteQueue(NpgsqlDataSource dataSource, int maxQueuedWrites)
    {
        _dataSource = dataSource;
        _backlog = new WriteBacklog(maxQueuedWrites);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Whether a new money operation may start (see <see cref="WriteBacklog"/>).</summary>
    public bool HasRoom => _backlog.HasRoom;

    /// <summary>The writes queued or being written.</summary>
    public int Held => _backlog.Held;

    /// <summary>The test hook that holds the writer before its next batch.</summary>
    public WriterPause Pause { get; } = new();

    /// <summary>Batches written so far and the writes they held, for metrics and tests.</summary>
    public (long Batches, long Writes) Written { get; private set; }

    /// <summary>Batches that were refused whole and written again write by write, each in a savepoint.</summary>
    public long Fallbacks { get; private set; }

    /// <summary>
    /// Runs <paramref name="write"/> in the next batch; answers <paramref name="committed"/> or <paramref name="conflict"/>.
    /// Throws <see cref="Grains.Ledger.StoreOverloadedException"/> at once when the writer is full.
    /// </summary>
    public async Task<T> Write<T>(PostgresWrite write, T committed, T conflict)
    {
        _backlog.Admit();
        var job = new WriteJob(write);
        if (!_jobs.Writer.TryWrite(job))
        {
            _backlog.Release(1);
            throw new ObjectDisposedException(nameof(PostgresWriteQueue));
        }

        return await job.Completion.Task ? committed : conflict;
    }

    public async ValueTask DisposeAsync()
    {
        _jobs.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteJob>(MaxBatch);
        while (await _jobs.Reader.WaitToReadAsync())
        {
            await Pause.WhileRunning;
            while (batch.Count < MaxBatch && _jobs.Reader.TryRead(out var job))
            {
                batch.Add(job);
            }

            await WriteBatchAsync(batch);
            _backlog.Release(batch.Count);
            Written = (Written.Batches + 1, Written.Writes + batch.Count);
            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<WriteJob> batch)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync();
            if (!await TryWriteWholeAsync(connection, batch))
            {
                Fallbacks++;
                CashlessMetrics.RecordFallback();
                await WriteOneByOneAsync(connection, batch);
            }

            CashlessMetrics.RecordBatch(batch.Count, batch.Count(job => job.Kept));
            batch.ForEach(job => job.Publish());
        }
        catch (Exception failure)
        {
            // Nothing of this batch is known to be durable (a failed COMMIT may or may not have landed): every
            // caller gets the failure and reloads from storage, where the version check sorts out what happened.
            CashlessMetrics.RecordFailedBatch(batch.Count);
            batch.ForEach(job => job.Fail(failure));
        }
    }

    /// <summary>
    /// The common case: the whole batch in one round trip, no savepoints. Commits and answers true when every
    /// statement ran and every precondition held; otherwise rolls everything back and answers false.
    /// </summary>
    private static async Task<bool> TryWriteWholeAsync(NpgsqlConnection connection, List<WriteJob> batch)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var statements = new PostgresBatchStatements(batch.ConvertAll(job => job.Write));
        await using (var whole = new NpgsqlBatch(connection))
        {
            statements.AppendTo(whole);
            try
            {
                await whole.ExecuteNonQueryAsync();
            }
            catch (PostgresException error) when (error.BatchCommand is { } failed && statements.Sent(failed))
            {
                // A write's own statement said no; anything else (the connection) fails the whole batch.
                await transaction.RollbackAsync();
                return false;
            }
        }

        if (!statements.PreconditionsHeld())
        {
            await transaction.RollbackAsync();
            return false;
        }

        await transaction.CommitAsync();
        batch.ForEach(job => job.Keep());
        return true;
    }

    /// <summary>The fallback: each write in a savepoint of its own, so a refused write undoes only itself.</summary>
    private static async Task WriteOneByOneAsync(NpgsqlConnection connection, List<WriteJob> batch)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var (next, savepointsOpen) = (0, false);
        while (next < batch.Count)
        {
            var round = batch.GetRange(next, Math.Min(RoundSize, batch.Count - next));
            var (decided, allKept) = await RunRoundAsync(connection, round, savepointsOpen);
            (next, savepointsOpen) = (next + decided, allKept);
        }

        await transaction.CommitAsync();
    }

    /// <summary>
    /// Sends a round and decides its writes from the first on: kept, up to the first that is refused or fails (that
    /// one is undone with everything after it). Returns how many were decided and whether all of them were kept.
    /// </summary>
    private static async Task<(int Decided, bool AllKept)> RunRoundAsync(NpgsqlConnection connection, List<WriteJob> round, bool releasePrevious)
    {
        await using var batch = new NpgsqlBatch(connection);
        if (releasePrevious)
        {
            // Folds the previous round's savepoints (w0 and all nested in it) into the transaction: the depth stays small.
            batch.BatchCommands.Add(new NpgsqlBatchCommand("RELEASE SAVEPOINT w0"));
        }

        for (var i = 0; i < round.Count; i++)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"SAVEPOINT w{i}"));
            round[i].Write.AppendTo(batch);
        }

        var (failedAt, error) = await ExecuteAsync(batch, round);
        var refusedAt = round.FindIndex(0, failedAt, job => !job.Write.PreconditionsHeld());
        var undoAt = refusedAt >= 0 ? refusedAt : failedAt;
        for (var i = 0; i < undoAt; i++)
        {
            round[i].Keep();
        }

        if (undoAt == round.Count)
        {
            return (round.Count, true);
        }

        if (refusedAt < 0 && !error!.SqlState.StartsWith(ConstraintViolation, StringComparison.Ordinal))
        {
            round[undoAt].Fail(error);
        }

        await UndoAsync(connection, undoAt);
        return (undoAt + 1, false);
    }

    /// <summary>Runs the round; on an error in a write's own statement, says which write (else the round ran through).</summary>
    private static async Task<(int FailedAt, PostgresException? Error)> ExecuteAsync(NpgsqlBatch batch, List<WriteJob> round)
    {
        try
        {
            await batch.ExecuteNonQueryAsync();
            return (round.Count, null);
        }
        catch (PostgresException error) when (error.BatchCommand is { } failed && round.Exists(job => job.Write.Sent(failed)))
        {
            // Any other failure (the savepoint bookkeeping, the connection) fails the whole batch.
            return (round.FindIndex(job => job.Write.Sent(error.BatchCommand!)), error);
        }
    }

    /// <summary>Undoes write <paramref name="at"/> of the round and the ones after it; folds the ones before it in.</summary>
    private static async Task UndoAsync(NpgsqlConnection connection, int at)
    {
        await using var undo = new NpgsqlBatch(connection);
        undo.BatchCommands.Add(new NpgsqlBatchCommand($"ROLLBACK TO SAVEPOINT w{at}"));
        undo.BatchCommands.Add(new NpgsqlBatchCommand($"RELEASE SAVEPOINT w{at}"));
        if (at > 0)
        {
            undo.BatchCommands.Add(new NpgsqlBatchCommand("RELEASE SAVEPOINT w0"));
        }

        await undo.ExecuteNonQueryAsync();
    }

    private sealed class WriteJob(PostgresWrite write)
    {
        public PostgresWrite Write => write;

        public bool Kept { get; private set; }

        /// <summary>True when the write was committed, false when it was refused as a conflict.</summary>
        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Keep() => Kept = true;

        public void Publish() => Completion.TrySetResult(Kept);

        public void Fail(Exception failure) => Completion.TrySetException(failure);
    }
}

using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;

namespace Cashless.Grains.Accounts;

/// <summary>
/// Group commit inside one account grain: decisions made while a commit is being written wait and go together
/// into the next one, so a hot account writes one commit per storage round trip instead of one per request.
/// Each caller's task completes only when its own decision is durable. After a failed commit every waiting
/// decision fails too (later decisions may rest on the failed ones) and the committer refuses new work; the grain
/// then deactivates and the next activation reloads the truth from storage.
/// Besides durability, each decision says when it was handed to the store's writer (<see cref="Enqueued"/>): a payer
/// whose payee commits through the same FIFO writer may call the payee from then on (decision 0007).
/// The decisions waiting for the next commit are bounded (<see cref="HasRoom"/>, <c>Limits:MaxWaitingDecisions</c>):
/// the grain asks before it starts a payment or a withdrawal, or admits a payment to a payee, and answers
/// <c>Overloaded</c> with nothing decided past it. Work already under way (a payee's credit, a reversal) is never
/// refused for it, so the bound is soft by at most the operations admitted at the same moment.
/// </summary>
internal sealed class GroupCommitter(ILedgerStore store, int maxWaiting)
{
    private List<PendingDecision> _waiting = [];
    private int _waitingCount;
    private bool _flushing;

    public Exception? Failure { get; private set; }

    /// <summary>Counts commits and the decisions they carried (for tests and metrics).</summary>
    public (long Commits, long Decisions) Written { get; private set; }

    /// <summary>
    /// Whether a new operation may be decided: fewer than the bound wait for the next commit. Read without the grain's
    /// turn by payers on this silo (<see cref="LocalPayees"/>), so it is a volatile count, not the list.
    /// </summary>
    public bool HasRoom => Volatile.Read(ref _waitingCount) < maxWaiting;

    public Task Enqueue(AccountBook book, IReadOnlyList<JournalEntry> entries, IReadOnlyList<RecordChange> changes) =>
        Submit(book, entries, changes).Durable;

    /// <summary>
    /// Like <see cref="Enqueue"/>, and also says when the decision is in the store writer's queue: at once when no commit
    /// of this account is being written, else when the one being written is done.
    /// </summary>
    public Enqueued Submit(AccountBook book, IReadOnlyList<JournalEntry> entries, IReadOnlyList<RecordChange> changes)
    {
        ObjectDisposedException.ThrowIf(Failure is not null, this);
        var decision = new PendingDecision(entries, changes);
        _waiting.Add(decision);
        Volatile.Write(ref _waitingCount, _waiting.Count);
        if (!_flushing)
        {
            _flushing = true;
            _ = FlushAsync(book);
        }

        return new Enqueued(decision.Queued.Task, decision.Durable.Task);
    }

    private async Task FlushAsync(AccountBook book)
    {
        try
        {
            while (_waiting.Count > 0)
            {
                // Taken synchronously: the book's balance is exactly the result of the decisions in this batch.
                var batch = _waiting;
                _waiting = [];
                Volatile.Write(ref _waitingCount, 0);
                var commit = book.NextCommit(
                    [.. batch.SelectMany(d => d.Entries)], [.. batch.SelectMany(d => d.Changes)]);
                await WriteAsync(commit, batch);
                book.MarkDurable(commit);
                Written = (Written.Commits + 1, Written.Decisions + batch.Count);
                batch.ForEach(d => d.Durable.TrySetResult());
            }
        }
        catch (Exception failure)
        {
            Failure = failure;
            _waiting.ForEach(d => d.Fail(failure));
            _waiting.Clear();
            Volatile.Write(ref _waitingCount, 0);
        }
        finally
        {
            _flushing = false;
        }
    }

    private async Task WriteAsync(AccountCommit commit, List<PendingDecision> batch)
    {
        Exception? failure = null;
        try
        {
            var written = store.CommitAsync(commit);
            batch.ForEach(d => d.Queued.TrySetResult());
            if (await written == CommitOutcome.Conflict)
            {
                failure = new CommitConflictException(commit.AccountId, commit.FirstSequence);
            }
        }
        catch (Exception storeFailure)
        {
            failure = storeFailure;
        }

        if (failure is not null)
        {
            batch.ForEach(d => d.Fail(failure));
            throw failure;
        }
    }

    /// <summary>A decision's two moments: in the store writer's queue, and durable.</summary>
    public readonly record struct Enqueued(Task Queued, Task Durable);

    private sealed record PendingDecision(IReadOnlyList<JournalEntry> Entries, IReadOnlyList<RecordChange> Changes)
    {
        public TaskCompletionSource Queued { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Durable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Fail(Exception failure)
        {
            Queued.TrySetException(failure);
            Durable.TrySetException(failure);
        }
    }
}

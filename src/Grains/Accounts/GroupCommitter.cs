using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;

namespace Cashless.Grains.Accounts;

/// <summary>
/// Group commit inside one account grain: decisions made while a commit is being written wait and go together
/// into the next one, so a hot account writes one commit per storage round trip instead of one per request.
/// Each caller's task completes only when its own decision is durable. After a failed commit every waiting
/// decision fails too (later decisions may rest on the failed ones) and the committer refuses new work; the grain
/// then deactivates and the next activation reloads the truth from storage.
/// </summary>
internal sealed class GroupCommitter(ILedgerStore store)
{
    private List<PendingDecision> _waiting = [];
    private bool _flushing;

    public Exception? Failure { get; private set; }

    /// <summary>Counts commits and the decisions they carried (for tests and metrics).</summary>
    public (long Commits, long Decisions) Written { get; private set; }

    public Task Enqueue(AccountBook book, IReadOnlyList<JournalEntry> entries, IReadOnlyList<RecordChange> changes)
    {
        ObjectDisposedException.ThrowIf(Failure is not null, this);
        var decision = new PendingDecision(entries, changes);
        _waiting.Add(decision);
        if (!_flushing)
        {
            _flushing = true;
            _ = FlushAsync(book);
        }

        return decision.Durable.Task;
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
            _waiting.ForEach(d => d.Durable.TrySetException(failure));
            _waiting.Clear();
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
            if (await store.CommitAsync(commit) == CommitOutcome.Conflict)
            {
                failure = new CommitConflictException(commit.AccountId, commit.ExpectedVersion);
            }
        }
        catch (Exception storeFailure)
        {
            failure = storeFailure;
        }

        if (failure is not null)
        {
            batch.ForEach(d => d.Durable.TrySetException(failure));
            throw failure;
        }
    }

    private sealed record PendingDecision(IReadOnlyList<JournalEntry> Entries, IReadOnlyList<RecordChange> Changes)
    {
        public TaskCompletionSource Durable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>
/// Writes a hand-built history through the store as the account grain would: each commit at the account's next
/// version and sequence, with the balance and status its entries imply, and the record changes that go with it.
/// Every commit must land; a refused one fails the test where it was written.
/// </summary>
internal sealed class LedgerScript(ICashlessStore store)
{
    private readonly Dictionary<string, AccountState> _accounts = [];

    /// <summary>One journal entry of <paramref name="kind"/> (the sign follows from it), committed with <paramref name="changes"/>.</summary>
    public Task Post(string accountId, EntryKind kind, long amount, string reference, DateTimeOffset at, params RecordChange[] changes) =>
        Commit(accountId, at, kind, amount, reference, null, changes);

    /// <summary>Like <see cref="Post"/>, and the account ends in <paramref name="status"/>.</summary>
    public Task PostAndSet(
        string accountId, AccountStatus status, EntryKind kind, long amount, string reference, DateTimeOffset at, params RecordChange[] changes) =>
        Commit(accountId, at, kind, amount, reference, status, changes);

    /// <summary>A commit that moves no money, so its entry is a marker: a status change, or record changes the account carries (a withdrawal paid out).</summary>
    public async Task Touch(string accountId, DateTimeOffset at, AccountStatus? status, params RecordChange[] changes)
    {
        var state = StateOf(accountId);
        var next = state with { NextSequence = state.NextSequence + 1, Status = status ?? state.Status };
        var marker = new JournalEntry(
            accountId, state.NextSequence, $"marker:{state.NextSequence}", EntryKind.Marker, Money.Zero, new Money(state.Balance), null, "marker", "marker", at);
        var commit = new AccountCommit(accountId, next.Status, status is not null, at, [marker], changes);
        Assert.Equal(CommitOutcome.Committed, await store.CommitAsync(commit));
        _accounts[accountId] = next;
    }

    private async Task Commit(
        string accountId, DateTimeOffset at, EntryKind kind, long amount, string reference, AccountStatus? status, RecordChange[] changes)
    {
        var state = StateOf(accountId);
        var signed = kind.SignedAmount(new Money(amount));
        var balance = new Money(state.Balance) + signed;
        var entry = new JournalEntry(
            accountId, state.NextSequence, $"{kind}:{reference}", kind, signed, balance, null, reference, kind.ToString(), at);
        var next = new AccountState(state.NextSequence + 1, balance.Rupiah, status ?? state.Status);
        var commit = new AccountCommit(accountId, next.Status, status is not null, at, [entry], changes);
        Assert.Equal(CommitOutcome.Committed, await store.CommitAsync(commit));
        _accounts[accountId] = next;
    }

    private AccountState StateOf(string accountId) =>
        _accounts.GetValueOrDefault(accountId) ?? new AccountState(NextSequence: 1, Balance: 0, AccountStatus.Active);

    private sealed record AccountState(long NextSequence, long Balance, AccountStatus Status);
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Mongo;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>
/// Writes a hand-built history into a <see cref="MongoMemoryDatabase"/> through the adapter's own write plans, as the
/// account grain commits (next version, next sequence, the balance its entries imply). Every plan must be kept.
/// </summary>
internal sealed class MongoMemoryLedger(MongoMemoryDatabase db)
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    /// <summary><see cref="Start"/> in Unix milliseconds, as the documents hold it.</summary>
    public const long StartMs = 1_795_680_000_000;

    private readonly Dictionary<string, (long NextSequence, long Balance, AccountStatus Status)> _accounts = [];

    public static DateTimeOffset At(int minute) => Start.AddMinutes(minute);

    public void Open(string id, AccountRole role = AccountRole.Buyer, string name = "Test User")
    {
        Assert.True(db.Run(MongoWritePlans.NewUser(new UserRecord(id, name, $"{id}@example.com", "hash", role, AccountStatus.Active, Start))));
        _accounts[id] = (1, 0, AccountStatus.Active);
    }

    /// <summary>One entry of <paramref name="kind"/> (its sign follows from it) with <paramref name="changes"/>; optionally a new status.</summary>
    public void Post(string accountId, EntryKind kind, long amount, string reference, DateTimeOffset at, AccountStatus? status = null, params RecordChange[] changes)
    {
        var state = _accounts[accountId];
        var signed = kind.SignedAmount(new Money(amount));
        var balance = new Money(state.Balance) + signed;
        var entry = new JournalEntry(accountId, state.NextSequence, $"{kind}:{reference}", kind, signed, balance, null, reference, kind.ToString(), at);
        Commit(accountId, at, balance.Rupiah, state.NextSequence + 1, status ?? state.Status, [entry], changes);
    }

    /// <summary>A commit that moves no money, so its entry is a marker: a status change, or record changes the account carries.</summary>
    public void Touch(string accountId, DateTimeOffset at, AccountStatus? status, params RecordChange[] changes)
    {
        var state = _accounts[accountId];
        var marker = new JournalEntry(
            accountId, state.NextSequence, $"marker:{state.NextSequence}", EntryKind.Marker, Money.Zero, new Money(state.Balance), null, "marker", "marker", at);
        Commit(accountId, at, state.Balance, state.NextSequence + 1, status ?? state.Status, [marker], changes);
    }

    public void Apply(params RecordChange[] changes) => Assert.True(db.Run([.. MongoRecordChanges.Writes(changes)]));

    private void Commit(string accountId, DateTimeOffset at, long balance, long nextSequence, AccountStatus status, JournalEntry[] entries, RecordChange[] changes)
    {
        var commit = new AccountCommit(accountId, status, status != _accounts[accountId].Status, at, entries, changes);
        Assert.True(db.Run(MongoWritePlans.Commit(commit)), $"commit of {accountId} from sequence {commit.FirstSequence} was refused");
        _accounts[accountId] = (nextSequence, balance, status);
    }
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;

namespace Cashless.Grains.Ledger;

/// <summary>
/// One atomic step of an account: append <see cref="Entries"/> at the sequences that follow the last durable one,
/// apply <see cref="Changes"/>, and when <see cref="ChangesStatus"/> store <see cref="Status"/>. Every commit appends at
/// least one entry (one that moves no money appends a <see cref="EntryKind.Marker"/>), so the entries' key (account,
/// sequence) is the check that refuses a stale writer: a commit decided on an older state claims a sequence that is
/// already taken (decision 0010). The store also refuses it whole when an operation id repeats or a change's
/// precondition fails.
/// </summary>
public sealed record AccountCommit(
    string AccountId,
    AccountStatus Status,
    bool ChangesStatus,
    DateTimeOffset At,
    IReadOnlyList<JournalEntry> Entries,
    IReadOnlyList<RecordChange> Changes)
{
    /// <summary>The sequence of the first entry: the one after the last durable commit's.</summary>
    public long FirstSequence => Entries[0].Sequence;

    /// <summary>The sequence the account's next commit starts at.</summary>
    public long NextSequence => Entries[^1].Sequence + 1;

    /// <summary>The balance after the commit: its last entry's (a marker's is the balance unchanged).</summary>
    public Money Balance => Entries[^1].BalanceAfter;
}

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
/// precondition fails. <see cref="Balance"/> and <see cref="NextSequence"/> are the state after it, for stores that
/// keep a snapshot document beside the entries.
/// </summary>
public sealed record AccountCommit(
    string AccountId,
    Money Balance,
    AccountStatus Status,
    bool ChangesStatus,
    long NextSequence,
    DateTimeOffset At,
    IReadOnlyList<JournalEntry> Entries,
    IReadOnlyList<RecordChange> Changes)
{
    /// <summary>The sequence of the first entry: the one after the last durable commit's.</summary>
    public long FirstSequence => Entries[0].Sequence;
}

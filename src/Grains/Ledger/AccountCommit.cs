using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;

namespace Cashless.Grains.Ledger;

/// <summary>
/// One atomic step of an account: append <see cref="Entries"/>, apply <see cref="Changes"/>, and move the snapshot
/// from <see cref="ExpectedVersion"/> to <see cref="ExpectedVersion"/> + 1 with the new balance and status.
/// The store refuses it whole when the version moved, an operation id repeats, or a change's precondition fails.
/// </summary>
public sealed record AccountCommit(
    string AccountId,
    long ExpectedVersion,
    Money Balance,
    AccountStatus Status,
    long NextSequence,
    DateTimeOffset At,
    IReadOnlyList<JournalEntry> Entries,
    IReadOnlyList<RecordChange> Changes)
{
    public long NewVersion => ExpectedVersion + 1;
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Ledger;

/// <summary>
/// An account's committed state: its role and status, and from its newest entry the balance and
/// <see cref="NextSequence"/> (the sequence number the next journal entry gets). <see cref="EntriesTotal"/> is the sum
/// of all entries, read at load so the grain can check it against <see cref="Balance"/>.
/// </summary>
public sealed record AccountSnapshot(
    string AccountId,
    AccountRole Role,
    AccountStatus Status,
    Money Balance,
    long NextSequence,
    Money EntriesTotal,
    DateTimeOffset UpdatedAt);

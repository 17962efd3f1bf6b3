using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Ledger;

/// <summary>One append-only line of an account's journal. <see cref="Amount"/> is signed (negative for debits).</summary>
public sealed record JournalEntry(
    string AccountId,
    long Sequence,
    string OperationId,
    EntryKind Kind,
    Money Amount,
    Money BalanceAfter,
    string? Counterparty,
    string Reference,
    string Description,
    DateTimeOffset CreatedAt);

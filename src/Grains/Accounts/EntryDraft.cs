using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Accounts;

/// <summary>An entry before the book gives it its sequence number and balance.</summary>
internal sealed record EntryDraft(
    string OperationId,
    EntryKind Kind,
    Money Amount,
    string Reference,
    string? Counterparty,
    string Description);

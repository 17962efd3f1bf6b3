using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;

namespace Cashless.Grains.Accounts;

/// <summary>
/// One credit or debit of an account together with the record changes committed in the same transaction, as the
/// account grain builds it from a domain request (<see cref="Interfaces.Accounts.TopUpCredit"/>,
/// <see cref="Interfaces.Till.RefundCredit"/>). <see cref="OperationId"/> is unique per account: a repeat answers with
/// the entry already made.
/// </summary>
internal sealed record Posting(
    string OperationId,
    EntryKind Kind,
    Money Amount,
    string Reference,
    string? Counterparty,
    string Description,
    IReadOnlyList<RecordChange> Changes);

using Cashless.Grains.Interfaces.Records;

namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// One credit or debit of an account (top-up, withdrawal hold, their reversals) together with the record
/// changes that must be committed in the same transaction. <see cref="OperationId"/> is unique per account:
/// a repeat answers with the entry already made.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.Posting")]
public sealed record Posting(
    [property: Id(0)] string OperationId,
    [property: Id(1)] EntryKind Kind,
    [property: Id(2)] Money Amount,
    [property: Id(3)] string Reference,
    [property: Id(4)] string? Counterparty,
    [property: Id(5)] string Description,
    [property: Id(6)] IReadOnlyList<RecordChange> Changes);

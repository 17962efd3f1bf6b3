using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// A top-up's credit to its account: the account grain commits the entry, the top-up's settlement and its owner's
/// notice together. <see cref="OperationId"/> is unique per account (the top-up's id, or the cash desk's
/// Idempotency-Key): a repeat answers with the entry already made.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.TopUpCredit")]
public sealed record TopUpCredit(
    [property: Id(0)] string OperationId,
    [property: Id(1)] TopUpRecord TopUp,
    [property: Id(2)] string Description,
    [property: Id(3)] IReadOnlyList<TopUpStatus> SettledFrom,
    [property: Id(4)] string? ReviewedBy)
{
    /// <summary>A top-up created settled (the cash desk without review): stored with its credit; the admin is the counterparty.</summary>
    public static TopUpCredit New(string operationId, TopUpRecord settled, string description) =>
        new(operationId, settled, description, [], null);

    /// <summary>A stored top-up moved to settled from one of <paramref name="from"/> with its credit.</summary>
    public static TopUpCredit Settling(TopUpRecord topUp, string description, IReadOnlyList<TopUpStatus> from, string? reviewedBy = null) =>
        new(topUp.Id, topUp, description, from, reviewedBy);

    public bool IsNew => SettledFrom.Count == 0;
}

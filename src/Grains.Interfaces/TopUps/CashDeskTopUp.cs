namespace Cashless.Grains.Interfaces.TopUps;

/// <summary>
/// Cash an admin took at the desk for a wallet, credited at once. <see cref="OperationId"/> names the request for the
/// account (derived from the Idempotency-Key when there is one), so a retried request credits once.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.CashDeskTopUp")]
public sealed record CashDeskTopUp(
    [property: Id(0)] string AccountId,
    [property: Id(1)] Money Amount,
    [property: Id(2)] string? Note,
    [property: Id(3)] string AdminId,
    [property: Id(4)] string? OperationId);

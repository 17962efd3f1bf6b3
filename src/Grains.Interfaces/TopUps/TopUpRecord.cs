namespace Cashless.Grains.Interfaces.TopUps;

[GenerateSerializer, Immutable, Alias("Cashless.TopUpRecord")]
public sealed record TopUpRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string AccountId,
    [property: Id(2)] TopUpChannel Channel,
    [property: Id(3)] TopUpStatus Status,
    [property: Id(4)] Money Amount,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] string? Note,
    [property: Id(8)] string? CreatedBy);

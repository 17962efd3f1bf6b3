namespace Cashless.Grains.Interfaces.Accounts;

[GenerateSerializer, Immutable, Alias("Cashless.PaymentView")]
public sealed record PaymentView(
    [property: Id(0)] string Id,
    [property: Id(1)] string From,
    [property: Id(2)] string To,
    [property: Id(3)] Money Amount,
    [property: Id(4)] string? Description,
    [property: Id(5)] PaymentState State,
    [property: Id(6)] DateTimeOffset CreatedAt);

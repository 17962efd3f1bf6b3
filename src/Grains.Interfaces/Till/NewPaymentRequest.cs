namespace Cashless.Grains.Interfaces.Till;

/// <summary>What the till asks for; the grain stamps the times and the lifetime.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.NewPaymentRequest")]
public sealed record NewPaymentRequest(
    [property: Id(0)] string SellerId,
    [property: Id(1)] Money Amount,
    [property: Id(2)] string? Description,
    [property: Id(3)] string CreatedBy);

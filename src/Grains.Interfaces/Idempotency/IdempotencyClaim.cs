namespace Cashless.Grains.Interfaces.Idempotency;

[GenerateSerializer, Immutable, Alias("Cashless.IdempotencyClaim")]
public sealed record IdempotencyClaim(
    [property: Id(0)] IdempotencyClaimKind Kind,
    [property: Id(1)] IdempotentResponse? Response);

namespace Cashless.Grains.Interfaces.Idempotency;

/// <summary>The first answer to a request, kept so a retry with the same key gets it again byte for byte.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.IdempotentResponse")]
public sealed record IdempotentResponse(
    [property: Id(0)] int StatusCode,
    [property: Id(1)] string? ContentType,
    [property: Id(2)] byte[] Body,
    [property: Id(3)] string? Location);

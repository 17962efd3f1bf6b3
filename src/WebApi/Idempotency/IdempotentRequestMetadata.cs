namespace Cashless.WebApi.Idempotency;

/// <summary>Endpoint metadata: the endpoint moves money and takes an <c>Idempotency-Key</c>.</summary>
public sealed class IdempotentRequestMetadata
{
    public static IdempotentRequestMetadata Instance { get; } = new();

    private IdempotentRequestMetadata()
    {
    }
}

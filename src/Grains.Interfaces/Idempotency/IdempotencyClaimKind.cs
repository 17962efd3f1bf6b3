namespace Cashless.Grains.Interfaces.Idempotency;

[GenerateSerializer, Alias("Cashless.IdempotencyClaimKind")]
public enum IdempotencyClaimKind
{
    /// <summary>First use of the key: the caller runs the request and reports its answer.</summary>
    Started = 0,

    /// <summary>The key was used for the same request before: answer with <see cref="IdempotencyClaim.Response"/>.</summary>
    Replay = 1,

    /// <summary>The first request with this key is still running.</summary>
    InProgress = 2,

    /// <summary>The key was used for a different request.</summary>
    KeyReused = 3,
}

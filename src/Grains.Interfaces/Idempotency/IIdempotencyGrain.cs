namespace Cashless.Grains.Interfaces.Idempotency;

/// <summary>
/// One idempotency key of one user, keyed "{userId}/{key}". It decides whether a request runs, replays or waits,
/// and keeps the first answer for 24 hours in storage.
/// </summary>
[Alias("Cashless.IIdempotencyGrain")]
public interface IIdempotencyGrain : IGrainWithStringKey
{
    [Alias("Begin")]
    Task<IdempotencyClaim> Begin(string requestHash);

    [Alias("Complete")]
    Task Complete(string requestHash, IdempotentResponse response);

    /// <summary>Forgets an attempt that failed without an answer worth keeping, so a retry runs again.</summary>
    [Alias("Abandon")]
    Task Abandon(string requestHash);
}

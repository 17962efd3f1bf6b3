namespace Cashless.Bench.Ledger;

/// <summary>Fresh Idempotency-Key values for money-moving calls, so a lost answer can be asked again without a second effect.</summary>
internal sealed class IdempotencyKeys(string runId, bool enabled)
{
    private long _next;

    public string? Next() => enabled ? $"bench-{runId}-{Interlocked.Increment(ref _next)}" : null;
}

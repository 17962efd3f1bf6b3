namespace Cashless.Grains.Ledger;

public interface IIdempotencyStore
{
    Task<IdempotencyRecord?> GetIdempotencyAsync(string scope, CancellationToken ct = default);

    /// <summary>Keeps the answer; replaces an older record of the same scope (a key reused after 24 hours).</summary>
    Task SaveIdempotencyAsync(IdempotencyRecord record, CancellationToken ct = default);

    /// <summary>Deletes up to <paramref name="limit"/> records kept since before <paramref name="createdBefore"/>; how many went.</summary>
    Task<int> DeleteIdempotencyBeforeAsync(DateTimeOffset createdBefore, int limit, CancellationToken ct = default);
}

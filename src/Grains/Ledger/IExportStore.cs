namespace Cashless.Grains.Ledger;

/// <summary>Reads for exports: rows handed out one at a time as the store reads them, never gathered in memory.</summary>
public interface IExportStore
{
    /// <summary>
    /// The entries created in [<paramref name="start"/>, <paramref name="until"/>), of one account or (null) of all,
    /// ordered by account, then by time and sequence within each account (each account's journal in its own order, so
    /// every row's balance follows from the one before it).
    /// </summary>
    IAsyncEnumerable<JournalEntry> StreamEntriesAsync(string? accountId, DateTimeOffset start, DateTimeOffset until, CancellationToken ct = default);
}

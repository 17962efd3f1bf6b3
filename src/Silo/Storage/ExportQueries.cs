namespace Cashless.Silo.Storage;

/// <summary>The export reads of the relational stores, read with <see cref="StoreRows.Entry"/>.</summary>
internal static class ExportQueries
{
    /// <summary>
    /// In the order of the entries' key (account, sequence), which within an account is time order (its times never go
    /// back), so the rows come off the key as they are sent and nothing is sorted; the writes pay for no index of their own.
    /// </summary>
    public static StoreStatement Entries(string? accountId, DateTimeOffset start, DateTimeOffset until) => accountId is null
        ? new StoreStatement(
            $"""
            SELECT {StoreRows.EntryColumns} FROM entries
            WHERE created_at >= $1 AND created_at < $2 AND {StoreRows.JournalEntries} ORDER BY account_id, seq
            """,
            start.ToUnixTimeMilliseconds(), until.ToUnixTimeMilliseconds())
        : StoreQueries.EntriesBetween(accountId, start, until);
}

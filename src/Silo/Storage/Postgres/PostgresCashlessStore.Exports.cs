using System.Runtime.CompilerServices;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

/// <remarks>One statement, one snapshot; Npgsql hands rows over as they arrive from the server, one at a time.</remarks>
internal sealed partial class PostgresCashlessStore
{
    public async IAsyncEnumerable<JournalEntry> StreamEntriesAsync(
        string? accountId, DateTimeOffset start, DateTimeOffset until, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var statement = ExportQueries.Entries(accountId, start, until);
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = PostgresSql.Command(connection, statement.Sql, statement.Values);

        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return StoreRows.Entry(reader);
        }
    }
}

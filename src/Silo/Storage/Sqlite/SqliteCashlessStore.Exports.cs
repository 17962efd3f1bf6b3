using System.Runtime.CompilerServices;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Sqlite;

/// <remarks>
/// One statement, so one read transaction: the export is one snapshot, however long it takes to send. While it runs the
/// WAL cannot be checkpointed past that snapshot (it grows, and shrinks again at the next checkpoint after it).
/// </remarks>
internal sealed partial class SqliteCashlessStore
{
    public async IAsyncEnumerable<JournalEntry> StreamEntriesAsync(
        string? accountId, DateTimeOffset start, DateTimeOffset until, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = OpenReader();
        await using var command = SqliteConnections.Command(connection, ExportQueries.Entries(accountId, start, until));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return StoreRows.Entry(reader);
        }
    }
}

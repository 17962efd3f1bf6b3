using System.Runtime.CompilerServices;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

/// <remarks>
/// A cursor read a batch at a time (<see cref="BatchSize"/> documents), in the order of the index
/// <c>entries_by_account_time</c>. Not one snapshot: entries are only ever added, and an export of a past period sees
/// no new ones.
/// </remarks>
internal sealed partial class MongoCashlessStore
{
    private const int BatchSize = 1_000;

    public async IAsyncEnumerable<JournalEntry> StreamEntriesAsync(
        string? accountId, DateTimeOffset start, DateTimeOffset until, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var find = MongoExportQueries.Entries(accountId, start, until);
        var options = new FindOptions<BsonDocument> { Sort = find.Sort, BatchSize = BatchSize };
        using var cursor = await Collection(MongoSchema.Entries).FindAsync(find.Filter, options, ct);
        while (await cursor.MoveNextAsync(ct))
        {
            foreach (var document in cursor.Current)
            {
                yield return MongoDocuments.ToEntry(document);
            }
        }
    }
}

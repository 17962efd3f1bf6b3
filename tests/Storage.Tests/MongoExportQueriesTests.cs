using Cashless.Grains.Interfaces.Accounts;
using Cashless.Silo.Storage.Mongo;
using Xunit;
using static Cashless.Storage.Tests.MongoMemoryLedger;

namespace Cashless.Storage.Tests;

/// <summary>The export's read of entries, by account then time (in memory, see <see cref="MongoMemory"/>).</summary>
public sealed class MongoExportQueriesTests
{
    private readonly MongoMemoryDatabase _db = new();

    public MongoExportQueriesTests()
    {
        var ledger = new MongoMemoryLedger(_db);
        ledger.Open("usr_b");
        ledger.Open("usr_a");
        ledger.Post("usr_b", EntryKind.TopUp, 1_000, "top_b1", At(1));
        ledger.Post("usr_a", EntryKind.TopUp, 2_000, "top_a1", At(2));
        ledger.Post("usr_b", EntryKind.TopUp, 3_000, "top_b2", At(3));
        ledger.Post("usr_b", EntryKind.Withdrawal, 500, "wdr_b3", At(3));
        ledger.Post("usr_a", EntryKind.TopUp, 4_000, "top_a2", At(5));
    }

    [Fact]
    public void Entries_AllAccounts_ByAccountThenTimeAndSequence_StartInclusiveUntilExclusive()
    {
        Assert.Equal([("usr_a", 1L), ("usr_b", 1L), ("usr_b", 2L), ("usr_b", 3L)], Read(null, At(1), At(5)));
        Assert.Equal([("usr_b", 2L), ("usr_b", 3L)], Read("usr_b", At(2), At(9)));
        Assert.Empty(Read(null, At(6), At(9)));
    }

    private List<(string, long)> Read(string? accountId, DateTimeOffset start, DateTimeOffset until) =>
        _db.Find(MongoSchema.Entries, MongoExportQueries.Entries(accountId, start, until))
            .Select(MongoDocuments.ToEntry).Select(e => (e.AccountId, e.Sequence)).ToList();
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Silo.Storage.Mongo;
using Xunit;
using static Cashless.Storage.Tests.MongoMemoryLedger;

namespace Cashless.Storage.Tests;

/// <summary>An account's entries in a window and its opening balance, with entries tied in time (in memory, see <see cref="MongoMemory"/>).</summary>
public sealed class MongoReportQueriesTests
{
    private readonly MongoMemoryDatabase _db = new();

    public MongoReportQueriesTests()
    {
        var ledger = new MongoMemoryLedger(_db);
        ledger.Open("usr_1");
        ledger.Open("usr_2");
        ledger.Post("usr_1", EntryKind.TopUp, 1_000, "top_1", At(1));
        ledger.Post("usr_1", EntryKind.TopUp, 2_000, "top_2", At(2));
        ledger.Post("usr_1", EntryKind.Withdrawal, 500, "wdr_3", At(2));
        ledger.Post("usr_1", EntryKind.TopUp, 4_000, "top_4", At(3));
        ledger.Post("usr_2", EntryKind.TopUp, 500, "top_x", At(2));
    }

    [Fact]
    public void EntriesBetween_StartInclusiveUntilExclusive_OneAccountOldestFirstTiesBySequence()
    {
        Assert.Equal([2L, 3L], Between(At(2), At(3)));
        Assert.Equal([1L, 2L, 3L, 4L], Between(At(1), At(3).AddMilliseconds(1)));
        Assert.Empty(Between(At(2), At(2)));
        MongoJson.Equal(
            """{ "account_id": "usr_1", "created_at": { "$gte": NumberLong(1795680060000), "$lt": NumberLong(1795680120000) }, "kind": { "$ne": 11 } }""",
            MongoReportQueries.EntriesBetween("usr_1", At(1), At(2)).Filter);
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(1, 1, 1_000)]
    [InlineData(2, 0, 1_000)]
    [InlineData(3, 0, 2_500)]
    [InlineData(9, 0, 6_500)]
    public void LastEntryBefore_AtAroundAndBetweenTiedEntries_IsBalanceAfterLastEarlierEntry(int minute, int plusMs, long balance)
    {
        var last = _db.Find(MongoSchema.Entries, MongoReportQueries.LastEntryBefore("usr_1", At(minute).AddMilliseconds(plusMs)));

        Assert.Equal(new Money(balance), last.Select(e => MongoDocuments.Rupiah(e, "balance_after")).FirstOrDefault(Money.Zero));
    }

    private List<long> Between(DateTimeOffset start, DateTimeOffset until) =>
        _db.Find(MongoSchema.Entries, MongoReportQueries.EntriesBetween("usr_1", start, until)).Select(e => MongoDocuments.ToEntry(e).Sequence).ToList();
}

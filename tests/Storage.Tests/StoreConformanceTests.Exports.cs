using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>The export reads: every entry of a period, by account then time, handed out as the store reads them.</summary>
public abstract partial class StoreConformanceTests
{
    [SkippableFact]
    public async Task StreamEntries_AllAccounts_ByAccountThenTimeAndSequence_StartInclusiveUntilExclusive()
    {
        await Store.CreateUserAsync(NewUser("usr_b", "b@example.com"));
        await Store.CreateUserAsync(NewUser("usr_a", "a@example.com"));
        var script = new LedgerScript(Store);
        await script.Post("usr_b", EntryKind.TopUp, 1_000, "top_b1", At(1));
        await script.Post("usr_a", EntryKind.TopUp, 2_000, "top_a1", At(2));
        await script.Post("usr_b", EntryKind.TopUp, 3_000, "top_b2", At(3));
        await script.Post("usr_b", EntryKind.Withdrawal, 500, "wdr_b3", At(3));
        await script.Post("usr_a", EntryKind.TopUp, 4_000, "top_a2", At(5));

        var all = await ToListAsync(Store.StreamEntriesAsync(null, At(1), At(5)));
        var one = await ToListAsync(Store.StreamEntriesAsync("usr_b", At(2), At(9)));

        Assert.Equal([("usr_a", 1L), ("usr_b", 1L), ("usr_b", 2L), ("usr_b", 3L)], all.Select(e => (e.AccountId, e.Sequence)));
        Assert.Equal(["top_a1", "top_b1", "top_b2", "wdr_b3"], all.Select(e => e.Reference));
        Assert.Equal(At(3), all[3].CreatedAt);
        Assert.Equal([2L, 3L], one.Select(e => e.Sequence));
        Assert.Empty(await ToListAsync(Store.StreamEntriesAsync(null, At(6), At(9))));
    }

    protected static async Task<List<JournalEntry>> ToListAsync(IAsyncEnumerable<JournalEntry> entries)
    {
        var list = new List<JournalEntry>();
        await foreach (var entry in entries)
        {
            list.Add(entry);
        }

        return list;
    }
}

using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>
/// The README's PostgreSQL backup: a <c>pg_dump</c> of a community restored with <c>pg_restore</c> into a fresh
/// database holds the same ledger, and the audit passes on it (conservation, and every account's balance equal to the
/// sum of its journal).
/// </summary>
public sealed partial class PostgresStoreConformanceTests
{
    [SkippableFact]
    public async Task PgDump_RestoredIntoAFreshDatabase_HoldsTheSameLedgerAndPassesTheAudit()
    {
        await SeedCommunityAsync();
        var folder = new TempFolder();
        var dump = Path.Combine(folder.Path, "cashless.dump");
        var copy = await server.CreateDatabaseAsync();
        try
        {
            await PostgresDumpTool.DumpAsync(_connectionString!, dump);
            await PostgresDumpTool.RestoreAsync(copy, dump);
            var restored = new Silo.Storage.Postgres.PostgresCashlessStore(copy);
            await using (restored)
            {
                await restored.InitializeAsync();
                await AssertSameAuditedLedgerAsync(Store, restored);
            }
        }
        finally
        {
            await server.DropDatabaseAsync(copy);
            folder.Delete();
        }
    }

    private static async Task AssertSameAuditedLedgerAsync(ICashlessStore original, Silo.Storage.Postgres.PostgresCashlessStore restored)
    {
        var totals = await restored.GetConservationTotalsAsync();
        Assert.True(totals.Balanced, $"conservation fails on the restored copy: {totals}");
        Assert.Equal(await original.GetConservationTotalsAsync(), totals);
        Assert.Equal(await original.GetCommunityTotalsAsync(), await restored.GetCommunityTotalsAsync());
        var journal = await ToListAsync(original.StreamEntriesAsync(null, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue));
        Assert.NotEmpty(journal);
        Assert.Equal(journal, await ToListAsync(restored.StreamEntriesAsync(null, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue)));
        foreach (var accountId in journal.Select(entry => entry.AccountId).Distinct())
        {
            var account = await restored.LoadAccountAsync(accountId) ?? throw new InvalidOperationException($"{accountId} is missing");
            Assert.Equal(account.EntriesTotal, account.Balance);
            Assert.Equal(await original.LoadAccountAsync(accountId), account);
        }
    }
}

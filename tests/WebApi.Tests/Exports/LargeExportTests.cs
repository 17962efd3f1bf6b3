using System.Net;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Cashless.WebApi.Tests.Exports;

/// <summary>
/// A journal of 100,000 entries is sent without being held: the memory the process keeps while the download runs stays
/// far below the size of the export. It has its own application (its ledger is written straight into the store, which
/// no conservation check of the shared one would accept) and runs alone, as the measure is of the whole process.
/// </summary>
[Collection(LargeExport.Name)]
public sealed class LargeExportTests(ApiFixture app, ITestOutputHelper output)
{
    private const int EntryCount = 100_000;
    private const int EntriesPerCommit = 2_000;
    private const long Amount = 1_000;

    [Fact]
    public async Task Journal_Of100000Entries_StreamsWithMemoryFarBelowItsSize()
    {
        var owner = await app.CreateUserAsync();
        await WriteLedgerAsync(owner.Id);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        using var response = await app.Admin.Client.GetAsync("/api/v1/admin/exports/journal", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long bytes = 0, lines = 0, nextSample = 0, peak = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            if (bytes >= nextSample)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                nextSample += 4 * 1024 * 1024;
            }
        }

        output.WriteLine($"export {bytes} bytes, {lines} lines; live memory at most {peak} bytes above the start");
        Assert.Equal(EntryCount + 1, lines);
        Assert.True(bytes > 20_000_000, $"the export is {bytes} bytes");
        Assert.True(peak < bytes / 8, $"the process kept {peak} bytes more while sending an export of {bytes} bytes");
    }

    /// <summary>100,000 top-up entries of one account, committed through the store port in batches.</summary>
    private async Task WriteLedgerAsync(string accountId)
    {
        var description = new string('x', 150);
        var at = DateTimeOffset.UtcNow;
        for (long sequence = 1; sequence <= EntryCount;)
        {
            var entries = new List<JournalEntry>(EntriesPerCommit);
            for (var i = 0; i < EntriesPerCommit; i++, sequence++)
            {
                entries.Add(new JournalEntry(accountId, sequence, $"load-{sequence}", EntryKind.TopUp, new Money(Amount),
                    new Money(sequence * Amount), null, $"top_load{sequence}", description, at));
            }

            var commit = new AccountCommit(accountId, AccountStatus.Active, false, at, entries, []);
            Assert.Equal(CommitOutcome.Committed, await app.Store.CommitAsync(commit));
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeExport : ICollectionFixture<ApiFixture>
{
    public const string Name = "large-export";
}

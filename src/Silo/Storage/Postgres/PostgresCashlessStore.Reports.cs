using Cashless.Grains.Interfaces;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

/// <remarks>Each read is one statement, and a statement sees one snapshot: its numbers agree with each other.</remarks>
internal sealed partial class PostgresCashlessStore
{
    public async Task<IReadOnlyList<JournalEntry>> ListEntriesBetweenAsync(
        string accountId, DateTimeOffset start, DateTimeOffset until, CancellationToken ct = default) =>
        await QueryAsync(StoreQueries.EntriesBetween(accountId, start, until), StoreRows.Entry, ct);

    public async Task<Money> GetBalanceBeforeAsync(string accountId, DateTimeOffset at, CancellationToken ct = default) =>
        (await QueryAsync(StoreQueries.BalanceBefore(accountId, at), row => new Money(row.GetInt64(0)), ct)).FirstOrDefault(Money.Zero);

    public async Task<IReadOnlyList<CommunityFlow>> ListCommunityFlowsAsync(
        DateTimeOffset start, DateTimeOffset until, CancellationToken ct = default) =>
        await QueryAsync(StoreQueries.CommunityFlows(start, until), StoreRows.CommunityFlow, ct);

    public async Task<CommunityTotals> GetCommunityTotalsAsync(CancellationToken ct = default) =>
        (await QueryAsync(StoreQueries.CommunityTotals, StoreRows.CommunityTotals, ct)).Single();
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Sqlite;

/// <remarks>Each read is one statement, which SQLite runs in one read transaction: its numbers come from one snapshot.</remarks>
internal sealed partial class SqliteCashlessStore
{
    public Task<IReadOnlyList<JournalEntry>> ListEntriesBetweenAsync(
        string accountId, DateTimeOffset start, DateTimeOffset until, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>(Read(StoreQueries.EntriesBetween(accountId, start, until), StoreRows.Entry));

    public Task<Money> GetBalanceBeforeAsync(string accountId, DateTimeOffset at, CancellationToken ct = default) =>
        Task.FromResult(Read(StoreQueries.BalanceBefore(accountId, at), row => new Money(row.GetInt64(0))).FirstOrDefault(Money.Zero));

    public Task<IReadOnlyList<CommunityFlow>> ListCommunityFlowsAsync(DateTimeOffset start, DateTimeOffset until, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<CommunityFlow>>(Read(StoreQueries.CommunityFlows(start, until), StoreRows.CommunityFlow));

    public Task<CommunityTotals> GetCommunityTotalsAsync(CancellationToken ct = default) =>
        Task.FromResult(Read(StoreQueries.CommunityTotals, StoreRows.CommunityTotals).Single());
}

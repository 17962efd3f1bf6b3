using Cashless.Grains.Interfaces;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Mongo;

/// <remarks>The totals are read in one snapshot transaction, so their numbers agree with each other.</remarks>
internal sealed partial class MongoCashlessStore
{
    public async Task<IReadOnlyList<JournalEntry>> ListEntriesBetweenAsync(
        string accountId, DateTimeOffset start, DateTimeOffset until, CancellationToken ct = default) =>
        await FindAsync(MongoSchema.Entries, MongoReportQueries.EntriesBetween(accountId, start, until), MongoDocuments.ToEntry, ct);

    public async Task<Money> GetBalanceBeforeAsync(string accountId, DateTimeOffset at, CancellationToken ct = default) =>
        (await FindAsync(MongoSchema.Entries, MongoReportQueries.LastEntryBefore(accountId, at), d => MongoDocuments.Rupiah(d, "balance_after"), ct))
            .FirstOrDefault(Money.Zero);

    public async Task<IReadOnlyList<CommunityFlow>> ListCommunityFlowsAsync(
        DateTimeOffset start, DateTimeOffset until, CancellationToken ct = default) =>
        await AggregateAsync(MongoSchema.Entries, MongoReportQueries.CommunityFlows(start, until), MongoReportQueries.ToCommunityFlow, ct);

    public Task<CommunityTotals> GetCommunityTotalsAsync(CancellationToken ct = default) =>
        ReadSnapshotAsync(async (session, token) => MongoTotals.Community(
            await AggregateOneAsync(MongoSchema.Users, MongoTotals.Users, session, token),
            await AggregateOneAsync(MongoSchema.Accounts, MongoTotals.Accounts, session, token),
            await AggregateOneAsync(MongoSchema.Payments, MongoTotals.Payments, session, token),
            await AggregateOneAsync(MongoSchema.TopUps, MongoTotals.TopUps, session, token),
            await AggregateOneAsync(MongoSchema.Withdrawals, MongoTotals.Withdrawals, session, token)), ct);
}

using System.Globalization;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Mongo;

internal sealed partial class MongoCashlessStore
{
    /// <summary>The snapshot and the sum of its entries from one snapshot, so the grain's check of one against the other holds.</summary>
    public Task<AccountSnapshot?> LoadAccountAsync(string accountId, CancellationToken ct = default) =>
        ReadSnapshotAsync(async (session, token) =>
        {
            var account = (await FindAsync(MongoSchema.Accounts, new MongoFind(MongoQueries.ById(accountId)), d => d, token, session))
                .FirstOrDefault();
            if (account is null)
            {
                return null;
            }

            var total = await AggregateAsync(
                MongoSchema.Entries, MongoQueries.EntriesTotal(accountId), d => MongoDocuments.Int64(d["total"]), token, session);
            return MongoDocuments.ToAccount(account, new Money(total.SingleOrDefault()));
        }, ct);

    /// <summary>Each commit is a transaction of its own, run concurrently with the others: no order between them.</summary>
    public string? WriterId => null;

    public async Task<CommitOutcome> CommitAsync(AccountCommit commit, CancellationToken ct = default) =>
        await TryWriteAsync(MongoWritePlans.Commit(commit), ct) ? CommitOutcome.Committed : CommitOutcome.Conflict;

    public async Task<JournalEntry?> FindEntryAsync(string accountId, string operationId, CancellationToken ct = default) =>
        (await FindAsync(MongoSchema.Entries, MongoQueries.EntryByOperation(accountId, operationId), MongoDocuments.ToEntry, ct))
            .FirstOrDefault();

    public async Task<Page<JournalEntry>> ListEntriesAsync(string accountId, PageRequest page, CancellationToken ct = default)
    {
        var before = long.MaxValue;
        if (page.Before is not null && !long.TryParse(page.Before, NumberStyles.None, CultureInfo.InvariantCulture, out before))
        {
            return new Page<JournalEntry>([], null);
        }

        var entries = await FindAsync(MongoSchema.Entries, MongoQueries.EntriesPage(accountId, before, page.Limit), MongoDocuments.ToEntry, ct);
        return Paging.Cut(entries, page.Limit, e => e.Sequence.ToString(CultureInfo.InvariantCulture));
    }

    public Task<PaymentView?> GetPaymentAsync(string paymentId, CancellationToken ct = default) =>
        FindByIdAsync(MongoSchema.Payments, paymentId, MongoDocuments.ToPayment, ct);

    public async Task<IReadOnlyList<PaymentView>> ListInFlightPaymentsAsync(
        string? payerId, DateTimeOffset createdBefore, int limit, CancellationToken ct = default) =>
        await FindAsync(MongoSchema.Payments, MongoQueries.InFlightPayments(payerId, createdBefore, limit), MongoDocuments.ToPayment, ct);

    public Task<ConservationTotals> GetConservationTotalsAsync(CancellationToken ct = default) =>
        ReadSnapshotAsync(async (session, token) => MongoTotals.Conservation(
            await AggregateOneAsync(MongoSchema.Accounts, MongoTotals.Accounts, session, token),
            await AggregateOneAsync(MongoSchema.Payments, MongoTotals.Payments, session, token),
            await AggregateOneAsync(MongoSchema.TopUps, MongoTotals.TopUps, session, token),
            await AggregateOneAsync(MongoSchema.Withdrawals, MongoTotals.Withdrawals, session, token)), ct);
}

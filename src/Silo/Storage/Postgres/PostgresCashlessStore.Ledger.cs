using System.Globalization;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

internal sealed partial class PostgresCashlessStore
{
    public async Task<AccountSnapshot?> LoadAccountAsync(string accountId, CancellationToken ct = default) =>
        (await QueryAsync(StoreQueries.AccountSnapshot(accountId), StoreRows.AccountSnapshot, ct)).FirstOrDefault();

    public Task<CommitOutcome> CommitAsync(AccountCommit commit, CancellationToken ct = default) =>
        _writer.Write(new PostgresWrite(commit), CommitOutcome.Committed, CommitOutcome.Conflict);

    public Task<JournalEntry?> FindEntryAsync(string accountId, string operationId, CancellationToken ct = default) =>
        QuerySingleAsync(
            $"SELECT {StoreRows.EntryColumns} FROM entries WHERE account_id = $1 AND operation_id = $2 AND {StoreRows.KeyedEntries}", StoreRows.Entry, ct, accountId, operationId);

    public async Task<Page<JournalEntry>> ListEntriesAsync(string accountId, PageRequest page, CancellationToken ct = default)
    {
        var before = long.MaxValue;
        if (page.Before is not null && !long.TryParse(page.Before, NumberStyles.None, CultureInfo.InvariantCulture, out before))
        {
            return new Page<JournalEntry>([], null);
        }

        var entries = await QueryAsync(
            $"SELECT {StoreRows.EntryColumns} FROM entries WHERE account_id = $1 AND seq < $2 AND {StoreRows.JournalEntries} ORDER BY seq DESC LIMIT $3",
            StoreRows.Entry, ct, accountId, before, page.Limit + 1);
        return Paging.Cut(entries, page.Limit, e => e.Sequence.ToString(CultureInfo.InvariantCulture));
    }

    public Task<PaymentView?> GetPaymentAsync(string paymentId, CancellationToken ct = default) =>
        QuerySingleAsync($"SELECT {StoreRows.PaymentColumns} FROM payments WHERE id = $1", StoreRows.Payment, ct, paymentId);

    public async Task<IReadOnlyList<PaymentView>> ListInFlightPaymentsAsync(
        string? payerId, DateTimeOffset createdBefore, int limit, CancellationToken ct = default) =>
        await QueryAsync(
            $"""
            SELECT {StoreRows.PaymentColumns} FROM payments
            WHERE state = 0 AND ($1::text IS NULL OR payer_id = $1) AND created_at < $2
            ORDER BY created_at, id LIMIT $3
            """,
            StoreRows.Payment, ct, payerId, createdBefore == DateTimeOffset.MaxValue ? long.MaxValue : ToUnixMs(createdBefore), limit);

    public async Task<ConservationTotals> GetConservationTotalsAsync(CancellationToken ct = default) =>
        (await QueryAsync(StoreQueries.ConservationTotals, StoreRows.ConservationTotals, ct)).Single();
}

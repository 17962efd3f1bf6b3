using System.Globalization;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

internal sealed partial class PostgresCashlessStore
{
    public Task<AccountSnapshot?> LoadAccountAsync(string accountId, CancellationToken ct = default) =>
        QuerySingleAsync(
            """
            SELECT a.id, a.role, a.status, a.balance, a.version, a.next_seq,
                   (SELECT COALESCE(SUM(e.amount), 0) FROM entries e WHERE e.account_id = a.id)::bigint, a.updated_at
            FROM accounts a WHERE a.id = $1
            """,
            row => new AccountSnapshot(
                row.GetString(0), (AccountRole)row.GetInt32(1), (AccountStatus)row.GetInt32(2), new Money(row.GetInt64(3)),
                row.GetInt64(4), row.GetInt64(5), new Money(row.GetInt64(6)), StoreRows.FromUnixMs(row.GetInt64(7))),
            ct, accountId);

    /// <summary>The version check is a conditional UPDATE that must find its row; constraints refuse the rest.</summary>
    public Task<CommitOutcome> CommitAsync(AccountCommit commit, CancellationToken ct = default)
    {
        var write = new PostgresWrite().AddExpectingOneRow(
            "UPDATE accounts SET balance = $1, status = $2, version = $3, next_seq = $4, updated_at = $5 WHERE id = $6 AND version = $7",
            commit.Balance.Rupiah, (short)commit.Status, commit.NewVersion, commit.NextSequence, ToUnixMs(commit.At),
            commit.AccountId, commit.ExpectedVersion);
        foreach (var e in commit.Entries)
        {
            write.Add(
                $"INSERT INTO entries ({StoreRows.EntryColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                e.AccountId, e.Sequence, e.OperationId, (short)e.Kind, e.Amount.Rupiah, e.BalanceAfter.Rupiah, e.Counterparty,
                e.Reference, e.Description, ToUnixMs(e.CreatedAt));
        }

        PostgresRecordChanges.AddTo(write, commit.Changes);
        return _writer.Write(write, CommitOutcome.Committed, CommitOutcome.Conflict);
    }

    public Task<JournalEntry?> FindEntryAsync(string accountId, string operationId, CancellationToken ct = default) =>
        QuerySingleAsync(
            $"SELECT {StoreRows.EntryColumns} FROM entries WHERE account_id = $1 AND operation_id = $2", StoreRows.Entry, ct, accountId, operationId);

    public async Task<Page<JournalEntry>> ListEntriesAsync(string accountId, PageRequest page, CancellationToken ct = default)
    {
        var before = long.MaxValue;
        if (page.Before is not null && !long.TryParse(page.Before, NumberStyles.None, CultureInfo.InvariantCulture, out before))
        {
            return new Page<JournalEntry>([], null);
        }

        var entries = await QueryAsync(
            $"SELECT {StoreRows.EntryColumns} FROM entries WHERE account_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3",
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

using System.Globalization;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

internal sealed partial class SqliteCashlessStore
{
    public Task<AccountSnapshot?> LoadAccountAsync(string accountId, CancellationToken ct = default) =>
        Task.FromResult(Read(StoreQueries.AccountSnapshot(accountId), StoreRows.AccountSnapshot).FirstOrDefault());

    public Task<CommitOutcome> CommitAsync(AccountCommit commit, CancellationToken ct = default) =>
        _writer.Write(connection =>
        {
            SqliteWrites.Run(connection, RelationalWrites.Of(commit));
            return CommitOutcome.Committed;
        }, onConflict: CommitOutcome.Conflict);

    public Task<JournalEntry?> FindEntryAsync(string accountId, string operationId, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"SELECT {StoreRows.EntryColumns} FROM entries WHERE account_id = $id AND operation_id = $op AND {StoreRows.KeyedEntries}", ("$id", accountId), ("$op", operationId));
        return Task.FromResult(ReadAll(command, StoreRows.Entry).FirstOrDefault());
    }

    public Task<Page<JournalEntry>> ListEntriesAsync(string accountId, PageRequest page, CancellationToken ct = default)
    {
        if (!TryParseCursor(page.Before, out var before))
        {
            return Task.FromResult(new Page<JournalEntry>([], null));
        }

        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"SELECT {StoreRows.EntryColumns} FROM entries WHERE account_id = $id AND seq < $before AND {StoreRows.JournalEntries} ORDER BY seq DESC LIMIT $limit",
            ("$id", accountId), ("$before", before), ("$limit", page.Limit + 1));
        var entries = ReadAll(command, StoreRows.Entry);
        return Task.FromResult(Paging.Cut(entries, page.Limit, e => e.Sequence.ToString(CultureInfo.InvariantCulture)));
    }

    public Task<PaymentView?> GetPaymentAsync(string paymentId, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection, $"SELECT {StoreRows.PaymentColumns} FROM payments WHERE id = $id", ("$id", paymentId));
        return Task.FromResult(ReadAll(command, StoreRows.Payment).FirstOrDefault());
    }

    public Task<IReadOnlyList<PaymentView>> ListInFlightPaymentsAsync(
        string? payerId, DateTimeOffset createdBefore, int limit, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"""
            SELECT {StoreRows.PaymentColumns} FROM payments
            WHERE state = 0 AND ($payer IS NULL OR payer_id = $payer) AND created_at < $before
            ORDER BY created_at LIMIT $limit
            """,
            ("$payer", payerId), ("$before", createdBefore == DateTimeOffset.MaxValue ? long.MaxValue : ToUnixMs(createdBefore)), ("$limit", limit));
        return Task.FromResult<IReadOnlyList<PaymentView>>(ReadAll(command, StoreRows.Payment));
    }

    public Task<ConservationTotals> GetConservationTotalsAsync(CancellationToken ct = default) =>
        Task.FromResult(Read(StoreQueries.ConservationTotals, StoreRows.ConservationTotals).Single());

    private static bool TryParseCursor(string? cursor, out long before)
    {
        before = long.MaxValue;
        return cursor is null || long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out before);
    }
}

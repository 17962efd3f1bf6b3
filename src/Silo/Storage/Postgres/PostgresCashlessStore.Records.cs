using System.Data.Common;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

internal sealed partial class PostgresCashlessStore
{
    public Task<CommitOutcome> ApplyChangesAsync(IReadOnlyList<RecordChange> changes, CancellationToken ct = default) =>
        _writer.Write(new PostgresWrite().Add(RelationalWrites.Of(changes)), CommitOutcome.Committed, CommitOutcome.Conflict);

    public Task<TopUpRecord?> GetTopUpAsync(string topUpId, CancellationToken ct = default) =>
        QuerySingleAsync($"SELECT {StoreRows.TopUpColumns} FROM topups WHERE id = $1", StoreRows.TopUp, ct, topUpId);

    public Task<Page<TopUpRecord>> ListTopUpsAsync(TopUpQuery query, CancellationToken ct = default) =>
        ListNewestFirstAsync("topups", StoreRows.TopUpColumns, StoreRows.TopUp, t => t.Id, query.AccountId, (short?)query.Status, query.Page, ct);

    public async Task<IReadOnlyList<TopUpRecord>> ListPendingVirtualAccountTopUpsAsync(
        DateTimeOffset createdBefore, string? afterId, int limit, CancellationToken ct = default) =>
        await QueryAsync(
            $"""
            SELECT {StoreRows.TopUpColumns} FROM topups
            WHERE status = $1 AND channel = $2 AND created_at < $3 AND ($4::text IS NULL OR id > $4)
            ORDER BY id LIMIT $5
            """,
            StoreRows.TopUp, ct, (short)TopUpStatus.Pending, (short)TopUpChannel.VirtualAccount, ToUnixMs(createdBefore), afterId, limit);

    public async Task<IReadOnlyList<TopUpRecord>> ListTransferClaimsAsync(string transferKey, CancellationToken ct = default) =>
        await QueryAsync($"SELECT {StoreRows.TopUpColumns} FROM topups WHERE transfer_key = $1 ORDER BY id", StoreRows.TopUp, ct, transferKey);

    public Task<WithdrawalRecord?> GetWithdrawalAsync(string withdrawalId, CancellationToken ct = default) =>
        QuerySingleAsync($"SELECT {StoreRows.WithdrawalColumns} FROM withdrawals WHERE id = $1", StoreRows.Withdrawal, ct, withdrawalId);

    public Task<Page<WithdrawalRecord>> ListWithdrawalsAsync(WithdrawalQuery query, CancellationToken ct = default) =>
        ListNewestFirstAsync(
            "withdrawals", StoreRows.WithdrawalColumns, StoreRows.Withdrawal, w => w.Id, query.AccountId, (short?)query.Status, query.Page, ct);

    /// <summary>Records of one account (or all), optionally in one status, newest first: their ids sort by time.</summary>
    private async Task<Page<T>> ListNewestFirstAsync<T>(
        string table, string columns, Func<DbDataReader, T> map, Func<T, string> idOf,
        string? accountId, short? status, PageRequest page, CancellationToken ct)
    {
        var records = await QueryAsync(
            $"""
            SELECT {columns} FROM {table}
            WHERE ($1::text IS NULL OR account_id = $1) AND ($2::smallint IS NULL OR status = $2) AND ($3::text IS NULL OR id < $3)
            ORDER BY id DESC LIMIT $4
            """,
            map, ct, accountId, status, page.Before, page.Limit + 1);
        return Paging.Cut(records, page.Limit, idOf);
    }
}

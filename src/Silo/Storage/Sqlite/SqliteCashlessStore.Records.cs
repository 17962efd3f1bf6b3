using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Sqlite;

internal sealed partial class SqliteCashlessStore
{
    public Task<CommitOutcome> ApplyChangesAsync(IReadOnlyList<RecordChange> changes, CancellationToken ct = default) =>
        _writer.Write(connection =>
        {
            SqliteWrites.Run(connection, RelationalWrites.Of(changes));
            return CommitOutcome.Committed;
        }, onConflict: CommitOutcome.Conflict);

    public Task<TopUpRecord?> GetTopUpAsync(string topUpId, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection, $"SELECT {StoreRows.TopUpColumns} FROM topups WHERE id = $id", ("$id", topUpId));
        return Task.FromResult(ReadAll(command, StoreRows.TopUp).FirstOrDefault());
    }

    public Task<Page<TopUpRecord>> ListTopUpsAsync(TopUpQuery query, CancellationToken ct = default)
    {
        var status = query.Status is { } wanted ? (int?)wanted : null;
        var where = SqliteFilter.Where(("account_id = $account", query.AccountId), ("status = $status", status), ("id < $before", query.Page.Before));
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"SELECT {StoreRows.TopUpColumns} FROM topups {where} ORDER BY id DESC LIMIT $limit",
            ("$account", query.AccountId), ("$status", status), ("$before", query.Page.Before), ("$limit", query.Page.Limit + 1));
        return Task.FromResult(Paging.Cut(ReadAll(command, StoreRows.TopUp), query.Page.Limit, t => t.Id));
    }

    public Task<IReadOnlyList<TopUpRecord>> ListPendingVirtualAccountTopUpsAsync(
        DateTimeOffset createdBefore, string? afterId, int limit, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"""
            SELECT {StoreRows.TopUpColumns} FROM topups
            WHERE status = $pending AND channel = $va AND created_at < $before AND ($after IS NULL OR id > $after)
            ORDER BY id LIMIT $limit
            """,
            ("$pending", (int)TopUpStatus.Pending), ("$va", (int)TopUpChannel.VirtualAccount),
            ("$before", ToUnixMs(createdBefore)), ("$after", afterId), ("$limit", limit));
        return Task.FromResult<IReadOnlyList<TopUpRecord>>(ReadAll(command, StoreRows.TopUp));
    }

    public Task<IReadOnlyList<TopUpRecord>> ListTransferClaimsAsync(string transferKey, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"SELECT {StoreRows.TopUpColumns} FROM topups WHERE transfer_key = $key ORDER BY id", ("$key", transferKey));
        return Task.FromResult<IReadOnlyList<TopUpRecord>>(ReadAll(command, StoreRows.TopUp));
    }

    public Task<WithdrawalRecord?> GetWithdrawalAsync(string withdrawalId, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"SELECT {StoreRows.WithdrawalColumns} FROM withdrawals WHERE id = $id", ("$id", withdrawalId));
        return Task.FromResult(ReadAll(command, StoreRows.Withdrawal).FirstOrDefault());
    }

    public Task<Page<WithdrawalRecord>> ListWithdrawalsAsync(WithdrawalQuery query, CancellationToken ct = default)
    {
        var status = query.Status is { } wanted ? (int?)wanted : null;
        var where = SqliteFilter.Where(("account_id = $account", query.AccountId), ("status = $status", status), ("id < $before", query.Page.Before));
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"SELECT {StoreRows.WithdrawalColumns} FROM withdrawals {where} ORDER BY id DESC LIMIT $limit",
            ("$account", query.AccountId), ("$status", status), ("$before", query.Page.Before), ("$limit", query.Page.Limit + 1));
        return Task.FromResult(Paging.Cut(ReadAll(command, StoreRows.Withdrawal), query.Page.Limit, w => w.Id));
    }
}

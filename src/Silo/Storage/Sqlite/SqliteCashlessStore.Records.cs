using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

internal sealed partial class SqliteCashlessStore
{
    internal const string TopUpColumns =
        "id, account_id, channel, status, amount, created_at, updated_at, note, created_by, va_bank, va_number, biller_code, " +
        "bill_key, expires_at, gateway_transaction_id, sender_bank, sender_account_name, transfer_reference, reviewed_by, reason, recovered";

    internal const string WithdrawalColumns =
        "id, account_id, status, amount, bank_code, account_number, account_name, created_at, updated_at, reviewed_by, reason";

    public Task<CommitOutcome> ApplyChangesAsync(IReadOnlyList<RecordChange> changes, CancellationToken ct = default) =>
        _writer.Write(connection =>
        {
            foreach (var change in changes)
            {
                SqliteRecordChanges.Apply(connection, change);
            }

            return CommitOutcome.Committed;
        }, onConflict: CommitOutcome.Conflict);

    public Task<TopUpRecord?> GetTopUpAsync(string topUpId, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection, $"SELECT {TopUpColumns} FROM topups WHERE id = $id", ("$id", topUpId));
        return Task.FromResult(ReadAll(command, ReadTopUpRow).FirstOrDefault());
    }

    public Task<Page<TopUpRecord>> ListTopUpsAsync(TopUpQuery query, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"""
            SELECT {TopUpColumns} FROM topups
            WHERE ($account IS NULL OR account_id = $account) AND ($status IS NULL OR status = $status) AND ($before IS NULL OR id < $before)
            ORDER BY id DESC LIMIT $limit
            """,
            ("$account", query.AccountId), ("$status", query.Status is { } status ? (int)status : null),
            ("$before", query.Page.Before), ("$limit", query.Page.Limit + 1));
        return Task.FromResult(Paging.Cut(ReadAll(command, ReadTopUpRow), query.Page.Limit, t => t.Id));
    }

    public Task<IReadOnlyList<TopUpRecord>> ListPendingVirtualAccountTopUpsAsync(
        DateTimeOffset createdBefore, int limit, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"SELECT {TopUpColumns} FROM topups WHERE status = $pending AND channel = $va AND created_at < $before ORDER BY id LIMIT $limit",
            ("$pending", (int)TopUpStatus.Pending), ("$va", (int)TopUpChannel.VirtualAccount),
            ("$before", ToUnixMs(createdBefore)), ("$limit", limit));
        return Task.FromResult<IReadOnlyList<TopUpRecord>>(ReadAll(command, ReadTopUpRow));
    }

    public Task<WithdrawalRecord?> GetWithdrawalAsync(string withdrawalId, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"SELECT {WithdrawalColumns} FROM withdrawals WHERE id = $id", ("$id", withdrawalId));
        return Task.FromResult(ReadAll(command, ReadWithdrawalRow).FirstOrDefault());
    }

    public Task<Page<WithdrawalRecord>> ListWithdrawalsAsync(WithdrawalQuery query, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"""
            SELECT {WithdrawalColumns} FROM withdrawals
            WHERE ($account IS NULL OR account_id = $account) AND ($status IS NULL OR status = $status) AND ($before IS NULL OR id < $before)
            ORDER BY id DESC LIMIT $limit
            """,
            ("$account", query.AccountId), ("$status", query.Status is { } status ? (int)status : null),
            ("$before", query.Page.Before), ("$limit", query.Page.Limit + 1));
        return Task.FromResult(Paging.Cut(ReadAll(command, ReadWithdrawalRow), query.Page.Limit, w => w.Id));
    }

    private static TopUpRecord ReadTopUpRow(SqliteDataReader row)
    {
        var channel = (TopUpChannel)row.GetInt32(2);
        return new TopUpRecord(
            row.GetString(0), row.GetString(1), channel, (TopUpStatus)row.GetInt32(3), new Money(row.GetInt64(4)),
            FromUnixMs(row.GetInt64(5)), FromUnixMs(row.GetInt64(6)), NullableString(row, 7), NullableString(row, 8))
        {
            VirtualAccount = channel == TopUpChannel.VirtualAccount
                ? new VirtualAccountDetails(
                    NullableString(row, 9) ?? "", NullableString(row, 10), NullableString(row, 11), NullableString(row, 12),
                    row.IsDBNull(13) ? null : FromUnixMs(row.GetInt64(13)), NullableString(row, 14))
                : null,
            BankTransfer = channel == TopUpChannel.BankTransfer
                ? new BankTransferDetails(NullableString(row, 15) ?? "", NullableString(row, 16) ?? "", NullableString(row, 17) ?? "")
                : null,
            ReviewedBy = NullableString(row, 18),
            Reason = NullableString(row, 19),
            Recovered = new Money(row.GetInt64(20)),
        };
    }

    private static WithdrawalRecord ReadWithdrawalRow(SqliteDataReader row) => new(
        row.GetString(0), row.GetString(1), (WithdrawalStatus)row.GetInt32(2), new Money(row.GetInt64(3)), row.GetString(4),
        row.GetString(5), row.GetString(6), FromUnixMs(row.GetInt64(7)), FromUnixMs(row.GetInt64(8)))
    {
        ReviewedBy = NullableString(row, 9),
        Reason = NullableString(row, 10),
    };
}

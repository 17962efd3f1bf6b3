using Cashless.Grains.Interfaces.Records;
using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>Applies the record changes of a commit; a failed precondition throws <see cref="StoreConflictException"/>.</summary>
internal static class SqliteRecordChanges
{
    public static void Apply(SqliteConnection connection, RecordChange change)
    {
        switch (change)
        {
            case PaymentCreated created:
                Insert(connection, created);
                break;
            case PaymentMoved moved:
                Move(connection, moved);
                break;
            case TopUpCreated topUp:
                Insert(connection, topUp);
                break;
            case TopUpMoved moved:
                Move(connection, moved);
                break;
            case WithdrawalCreated withdrawal:
                Insert(connection, withdrawal);
                break;
            case WithdrawalMoved moved:
                Move(connection, moved);
                break;
            case NotificationCreated { DerivedFromEntries: true }:
                break; // the notification log reads it from the commit's entry
            case NotificationCreated created:
                Insert(connection, created);
                break;
            case PaymentRequestCreated created:
                Run(connection, TillStatements.Insert(created));
                break;
            case PaymentRequestMoved moved:
                if (Run(connection, TillStatements.Move(moved)) != 1)
                {
                    throw new StoreConflictException($"payment request {moved.RequestId} is not {moved.From}");
                }

                break;
            case RefundCreated refund:
                Run(connection, TillStatements.Insert(refund));
                break;
            default:
                throw new NotSupportedException($"unknown record change {change.GetType().Name}");
        }
    }

    private static int Run(SqliteConnection connection, StoreStatement statement) =>
        SqliteStatements.Bound(connection, statement.Sql, SqliteConnections.Parameters(statement)).ExecuteNonQuery();

    private static void Insert(SqliteConnection connection, PaymentCreated created)
    {
        var p = created.Payment;
        var at = p.CreatedAt.ToUnixTimeMilliseconds();
        var insert = SqliteStatements.Bound(connection,
            """
            INSERT INTO payments (id, payer_id, payee_id, amount, description, state, created_at, updated_at)
            VALUES ($id, $payer, $payee, $amount, $description, $state, $at, $at)
            """,
            ("$id", p.Id), ("$payer", p.From), ("$payee", p.To), ("$amount", p.Amount.Rupiah), ("$description", p.Description),
            ("$state", (int)p.State), ("$at", at));
        insert.ExecuteNonQuery();
    }

    private static void Move(SqliteConnection connection, PaymentMoved moved)
    {
        var update = SqliteStatements.Bound(connection,
            "UPDATE payments SET state = $to, updated_at = $at WHERE id = $id AND state = $from",
            ("$to", (int)moved.To), ("$at", moved.At.ToUnixTimeMilliseconds()), ("$id", moved.PaymentId), ("$from", (int)moved.From));
        if (update.ExecuteNonQuery() != 1)
        {
            throw new StoreConflictException($"payment {moved.PaymentId} is not {moved.From}");
        }
    }

    private static void Insert(SqliteConnection connection, TopUpCreated created)
    {
        var t = created.TopUp;
        var va = t.VirtualAccount;
        var transfer = t.BankTransfer;
        var insert = SqliteStatements.Bound(connection,
            $"""
            INSERT INTO topups ({StoreRows.TopUpColumns}, transfer_key)
            VALUES ($id, $account, $channel, $status, $amount, $created, $updated, $note, $by, $vaBank, $vaNumber, $billerCode,
                    $billKey, $expires, $gatewayId, $senderBank, $senderName, $transferRef, $reviewedBy, $reason, $recovered,
                    $duplicateOf, $transferKey)
            """,
            ("$id", t.Id), ("$account", t.AccountId), ("$channel", (int)t.Channel), ("$status", (int)t.Status),
            ("$amount", t.Amount.Rupiah), ("$created", t.CreatedAt.ToUnixTimeMilliseconds()), ("$updated", t.UpdatedAt.ToUnixTimeMilliseconds()),
            ("$note", t.Note), ("$by", t.CreatedBy), ("$vaBank", va?.Bank), ("$vaNumber", va?.VaNumber), ("$billerCode", va?.BillerCode),
            ("$billKey", va?.BillKey), ("$expires", va?.ExpiresAt?.ToUnixTimeMilliseconds()), ("$gatewayId", va?.GatewayTransactionId),
            ("$senderBank", transfer?.SenderBank), ("$senderName", transfer?.SenderAccountName), ("$transferRef", transfer?.TransferReference),
            ("$reviewedBy", t.ReviewedBy), ("$reason", t.Reason), ("$recovered", t.Recovered.Rupiah),
            ("$duplicateOf", t.PossibleDuplicateOf), ("$transferKey", StoreRows.TransferKey(t)));
        insert.ExecuteNonQuery();
    }

    private static void Move(SqliteConnection connection, TopUpMoved moved)
    {
        var va = moved.VirtualAccount;
        var from = string.Join(", ", moved.From.Select(status => (int)status));
        var update = SqliteStatements.Bound(connection,
            $"""
            UPDATE topups SET status = $to, updated_at = $at,
                reviewed_by = COALESCE($reviewedBy, reviewed_by), reason = COALESCE($reason, reason),
                va_number = COALESCE($vaNumber, va_number), biller_code = COALESCE($billerCode, biller_code),
                bill_key = COALESCE($billKey, bill_key), expires_at = COALESCE($expires, expires_at),
                gateway_transaction_id = COALESCE($gatewayId, gateway_transaction_id), recovered = recovered + $recovered,
                amount = COALESCE($amount, amount)
            WHERE id = $id AND status IN ({from})
            """,
            ("$to", (int)moved.To), ("$at", moved.At.ToUnixTimeMilliseconds()), ("$reviewedBy", moved.ReviewedBy), ("$reason", moved.Reason),
            ("$vaNumber", va?.VaNumber), ("$billerCode", va?.BillerCode), ("$billKey", va?.BillKey),
            ("$expires", va?.ExpiresAt?.ToUnixTimeMilliseconds()), ("$gatewayId", va?.GatewayTransactionId),
            ("$recovered", moved.Recovered.Rupiah), ("$amount", moved.Amount?.Rupiah), ("$id", moved.TopUpId));
        if (update.ExecuteNonQuery() != 1)
        {
            throw new StoreConflictException($"top-up {moved.TopUpId} is not in {from}");
        }
    }

    private static void Insert(SqliteConnection connection, WithdrawalCreated created)
    {
        var w = created.Withdrawal;
        var insert = SqliteStatements.Bound(connection,
            $"""
            INSERT INTO withdrawals ({StoreRows.WithdrawalColumns})
            VALUES ($id, $account, $status, $amount, $bank, $number, $name, $created, $updated, $reviewedBy, $reason)
            """,
            ("$id", w.Id), ("$account", w.AccountId), ("$status", (int)w.Status), ("$amount", w.Amount.Rupiah), ("$bank", w.BankCode),
            ("$number", w.AccountNumber), ("$name", w.AccountName), ("$created", w.CreatedAt.ToUnixTimeMilliseconds()),
            ("$updated", w.UpdatedAt.ToUnixTimeMilliseconds()), ("$reviewedBy", w.ReviewedBy), ("$reason", w.Reason));
        insert.ExecuteNonQuery();
    }

    private static void Move(SqliteConnection connection, WithdrawalMoved moved)
    {
        var update = SqliteStatements.Bound(connection,
            """
            UPDATE withdrawals SET status = $to, updated_at = $at, reviewed_by = $reviewedBy, reason = $reason
            WHERE id = $id AND status = $from
            """,
            ("$to", (int)moved.To), ("$at", moved.At.ToUnixTimeMilliseconds()), ("$reviewedBy", moved.ReviewedBy),
            ("$reason", moved.Reason), ("$id", moved.WithdrawalId), ("$from", (int)moved.From));
        if (update.ExecuteNonQuery() != 1)
        {
            throw new StoreConflictException($"withdrawal {moved.WithdrawalId} is not {moved.From}");
        }
    }

    private static void Insert(SqliteConnection connection, NotificationCreated created)
    {
        var n = created.Notification;
        var insert = SqliteStatements.Bound(connection,
            $"INSERT INTO notifications ({StoreRows.NotificationColumns}) VALUES ($id, $user, $kind, $message, $amount, $reference, $at, NULL)",
            ("$id", n.Id), ("$user", n.UserId), ("$kind", (int)n.Kind), ("$message", n.Message), ("$amount", n.Amount?.Rupiah),
            ("$reference", n.Reference), ("$at", n.CreatedAt.ToUnixTimeMilliseconds()));
        insert.ExecuteNonQuery();
    }
}

using Cashless.Grains.Interfaces.Records;

namespace Cashless.Silo.Storage.Postgres;

/// <summary>Adds the statements of a commit's record changes; a move whose precondition fails refuses the whole write.</summary>
internal static class PostgresRecordChanges
{
    public static void AddTo(PostgresWrite write, IEnumerable<RecordChange> changes)
    {
        foreach (var change in changes)
        {
            Add(write, change);
        }
    }

    private static void Add(PostgresWrite write, RecordChange change)
    {
        switch (change)
        {
            case PaymentCreated created:
                var p = created.Payment;
                write.Add(
                    $"INSERT INTO payments ({StoreRows.PaymentColumns}, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
                    p.Id, p.From, p.To, p.Amount.Rupiah, p.Description, (short)p.State, p.CreatedAt.ToUnixTimeMilliseconds());
                break;
            case PaymentMoved moved:
                write.AddExpectingOneRow(
                    "UPDATE payments SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4",
                    (short)moved.To, moved.At.ToUnixTimeMilliseconds(), moved.PaymentId, (short)moved.From);
                break;
            case TopUpCreated created:
                AddTopUp(write, created);
                break;
            case TopUpMoved moved:
                MoveTopUp(write, moved);
                break;
            case WithdrawalCreated created:
                AddWithdrawal(write, created);
                break;
            case WithdrawalMoved moved:
                write.AddExpectingOneRow(
                    "UPDATE withdrawals SET status = $1, updated_at = $2, reviewed_by = $3, reason = $4 WHERE id = $5 AND status = $6",
                    (short)moved.To, moved.At.ToUnixTimeMilliseconds(), moved.ReviewedBy, moved.Reason, moved.WithdrawalId, (short)moved.From);
                break;
            case NotificationCreated { DerivedFromEntries: true }:
                break; // the notification log reads it from the commit's entry
            case NotificationCreated created:
                var n = created.Notification;
                write.Add(
                    $"INSERT INTO notifications ({StoreRows.NotificationColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)",
                    n.Id, n.UserId, (short)n.Kind, n.Message, n.Amount?.Rupiah, n.Reference, n.CreatedAt.ToUnixTimeMilliseconds());
                break;
            case PaymentRequestCreated created:
                Add(write, TillStatements.Insert(created));
                break;
            case PaymentRequestMoved moved:
                var move = TillStatements.Move(moved);
                write.AddExpectingOneRow(move.Sql, move.Values);
                break;
            case RefundCreated refund:
                Add(write, TillStatements.Insert(refund));
                break;
            default:
                throw new NotSupportedException($"unknown record change {change.GetType().Name}");
        }
    }

    private static void Add(PostgresWrite write, StoreStatement statement) => write.Add(statement.Sql, statement.Values);

    private static void AddTopUp(PostgresWrite write, TopUpCreated created)
    {
        var t = created.TopUp;
        var va = t.VirtualAccount;
        var transfer = t.BankTransfer;
        write.Add(
            $"""
            INSERT INTO topups ({StoreRows.TopUpColumns}, transfer_key)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
            """,
            t.Id, t.AccountId, (short)t.Channel, (short)t.Status, t.Amount.Rupiah, t.CreatedAt.ToUnixTimeMilliseconds(),
            t.UpdatedAt.ToUnixTimeMilliseconds(), t.Note, t.CreatedBy, va?.Bank, va?.VaNumber, va?.BillerCode, va?.BillKey,
            va?.ExpiresAt?.ToUnixTimeMilliseconds(), va?.GatewayTransactionId, transfer?.SenderBank, transfer?.SenderAccountName,
            transfer?.TransferReference, t.ReviewedBy, t.Reason, t.Recovered.Rupiah, t.PossibleDuplicateOf, StoreRows.TransferKey(t));
    }

    /// <summary>The optional fields of the move overwrite the record's only when set.</summary>
    private static void MoveTopUp(PostgresWrite write, TopUpMoved moved)
    {
        var va = moved.VirtualAccount;
        write.AddExpectingOneRow(
            """
            UPDATE topups SET status = $1, updated_at = $2,
                reviewed_by = COALESCE($3, reviewed_by), reason = COALESCE($4, reason),
                va_number = COALESCE($5, va_number), biller_code = COALESCE($6, biller_code),
                bill_key = COALESCE($7, bill_key), expires_at = COALESCE($8, expires_at),
                gateway_transaction_id = COALESCE($9, gateway_transaction_id), recovered = recovered + $10,
                amount = COALESCE($13, amount)
            WHERE id = $11 AND status = ANY($12)
            """,
            (short)moved.To, moved.At.ToUnixTimeMilliseconds(), moved.ReviewedBy, moved.Reason, va?.VaNumber, va?.BillerCode,
            va?.BillKey, va?.ExpiresAt?.ToUnixTimeMilliseconds(), va?.GatewayTransactionId, moved.Recovered.Rupiah, moved.TopUpId,
            moved.From.Select(status => (short)status).ToArray(), moved.Amount?.Rupiah);
    }

    private static void AddWithdrawal(PostgresWrite write, WithdrawalCreated created)
    {
        var w = created.Withdrawal;
        write.Add(
            $"INSERT INTO withdrawals ({StoreRows.WithdrawalColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            w.Id, w.AccountId, (short)w.Status, w.Amount.Rupiah, w.BankCode, w.AccountNumber, w.AccountName,
            w.CreatedAt.ToUnixTimeMilliseconds(), w.UpdatedAt.ToUnixTimeMilliseconds(), w.ReviewedBy, w.Reason);
    }
}

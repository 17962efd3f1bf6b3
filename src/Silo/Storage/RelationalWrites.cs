using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage;

/// <summary>
/// The write side both relational adapters share: which rows a commit or a record change writes, in what order, and
/// the version and state checks that refuse it. The SQL is the subset SQLite and PostgreSQL both speak, with
/// <c>$n</c> parameters and enums bound as smallint numbers; each adapter only runs the statements (SQLite one by one
/// on its writer thread, PostgreSQL in its writer's batches, see <c>PostgresBatchStatements</c> for
/// the multi-row form it sends a clean batch in).
/// </summary>
internal static class RelationalWrites
{
    /// <summary>
    /// The entries first: their key (account, sequence) refuses a commit decided on a state another writer has moved
    /// on from (decision 0010). The account's row is written only when its status changes; the balance is the newest
    /// entry's. Then the record changes.
    /// </summary>
    public static IEnumerable<WriteStatement> Of(AccountCommit commit)
    {
        foreach (var e in commit.Entries)
        {
            yield return new WriteStatement(new StoreStatement(
                $"INSERT INTO entries ({StoreRows.EntryColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", e.AccountId, e.Sequence, StoreRows.StoredOperationId(e), (short)e.Kind, e.Amount.Rupiah, e.BalanceAfter.Rupiah, e.Counterparty,
                e.Reference, e.Description, e.CreatedAt.ToUnixTimeMilliseconds()));
        }

        if (commit.ChangesStatus)
        {
            yield return new WriteStatement(
                new StoreStatement("UPDATE accounts SET status = $1, updated_at = $2 WHERE id = $3",
                    (short)commit.Status, commit.At.ToUnixTimeMilliseconds(), commit.AccountId),
                $"account {commit.AccountId} does not exist");
        }

        foreach (var statement in Of(commit.Changes))
        {
            yield return statement;
        }
    }

    public static IEnumerable<WriteStatement> Of(IEnumerable<RecordChange> changes) => changes.SelectMany(Of);

    /// <summary>The statements of one record change: none for a notification the log derives from the commit's entry.</summary>
    public static IEnumerable<WriteStatement> Of(RecordChange change) => change switch
    {
        PaymentCreated created => [new(InsertPayment(created.Payment))],
        PaymentMoved moved => [new(
            new StoreStatement(
                "UPDATE payments SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4",
                (short)moved.To, moved.At.ToUnixTimeMilliseconds(), moved.PaymentId, (short)moved.From),
            $"payment {moved.PaymentId} is not {moved.From}")],
        TopUpCreated created => [new(InsertTopUp(created))],
        TopUpMoved moved => [new(MoveTopUp(moved), $"top-up {moved.TopUpId} is not in {string.Join(", ", moved.From)}")],
        WithdrawalCreated created => [new(InsertWithdrawal(created))],
        WithdrawalMoved moved => [new(
            new StoreStatement(
                "UPDATE withdrawals SET status = $1, updated_at = $2, reviewed_by = $3, reason = $4 WHERE id = $5 AND status = $6",
                (short)moved.To, moved.At.ToUnixTimeMilliseconds(), moved.ReviewedBy, moved.Reason, moved.WithdrawalId, (short)moved.From),
            $"withdrawal {moved.WithdrawalId} is not {moved.From}")],
        NotificationCreated { DerivedFromEntries: true } => [], // the notification log reads it from the commit's entry
        NotificationCreated created => [new(InsertNotification(created))],
        PaymentRequestCreated created => [new(TillStatements.Insert(created))],
        PaymentRequestMoved moved => [new(TillStatements.Move(moved), $"payment request {moved.RequestId} is not {moved.From}")],
        RefundCreated refund => [new(TillStatements.Insert(refund))],
        _ => throw new NotSupportedException($"unknown record change {change.GetType().Name}"),
    };

    private static StoreStatement InsertPayment(PaymentView p) => new(
        $"INSERT INTO payments ({StoreRows.PaymentColumns}, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        p.Id, p.From, p.To, p.Amount.Rupiah, p.Description, (short)p.State, p.CreatedAt.ToUnixTimeMilliseconds());

    private static StoreStatement InsertTopUp(TopUpCreated created)
    {
        var t = created.TopUp;
        var va = t.VirtualAccount;
        var transfer = t.BankTransfer;
        return new StoreStatement(
            $"""
            INSERT INTO topups ({StoreRows.TopUpColumns}, transfer_key)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
            """,
            t.Id, t.AccountId, (short)t.Channel, (short)t.Status, t.Amount.Rupiah, t.CreatedAt.ToUnixTimeMilliseconds(),
            t.UpdatedAt.ToUnixTimeMilliseconds(), t.Note, t.CreatedBy, va?.Bank, va?.VaNumber, va?.BillerCode, va?.BillKey,
            va?.ExpiresAt?.ToUnixTimeMilliseconds(), va?.GatewayTransactionId, transfer?.SenderBank, transfer?.SenderAccountName,
            transfer?.TransferReference, t.ReviewedBy, t.Reason, t.Recovered.Rupiah, t.PossibleDuplicateOf, StoreRows.TransferKey(t));
    }

    /// <summary>
    /// The optional fields of the move overwrite the record's only when set. The expected statuses are parameters
    /// <c>$13</c> on (one per status, so the text has a few forms, one per count); none expected matches no row.
    /// </summary>
    private static StoreStatement MoveTopUp(TopUpMoved moved)
    {
        var va = moved.VirtualAccount;
        var expected = moved.From.Count == 0 ? "NULL" : string.Join(", ", moved.From.Select((_, i) => $"${13 + i}"));
        object?[] values =
        [
            (short)moved.To, moved.At.ToUnixTimeMilliseconds(), moved.ReviewedBy, moved.Reason, va?.VaNumber, va?.BillerCode,
            va?.BillKey, va?.ExpiresAt?.ToUnixTimeMilliseconds(), va?.GatewayTransactionId, moved.Recovered.Rupiah, moved.TopUpId,
            moved.Amount?.Rupiah, .. moved.From.Select(status => (object?)(short)status),
        ];
        return new StoreStatement(
            $"""
            UPDATE topups SET status = $1, updated_at = $2,
                reviewed_by = COALESCE($3, reviewed_by), reason = COALESCE($4, reason),
                va_number = COALESCE($5, va_number), biller_code = COALESCE($6, biller_code),
                bill_key = COALESCE($7, bill_key), expires_at = COALESCE($8, expires_at),
                gateway_transaction_id = COALESCE($9, gateway_transaction_id), recovered = recovered + $10,
                amount = COALESCE($12, amount)
            WHERE id = $11 AND status IN ({expected})
            """,
            values);
    }

    private static StoreStatement InsertWithdrawal(WithdrawalCreated created)
    {
        var w = created.Withdrawal;
        return new StoreStatement(
            $"INSERT INTO withdrawals ({StoreRows.WithdrawalColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            w.Id, w.AccountId, (short)w.Status, w.Amount.Rupiah, w.BankCode, w.AccountNumber, w.AccountName,
            w.CreatedAt.ToUnixTimeMilliseconds(), w.UpdatedAt.ToUnixTimeMilliseconds(), w.ReviewedBy, w.Reason);
    }

    private static StoreStatement InsertNotification(NotificationCreated created)
    {
        var n = created.Notification;
        return new StoreStatement(
            $"INSERT INTO notifications ({StoreRows.NotificationColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)",
            n.Id, n.UserId, (short)n.Kind, n.Message, n.Amount?.Rupiah, n.Reference, n.CreatedAt.ToUnixTimeMilliseconds());
    }
}

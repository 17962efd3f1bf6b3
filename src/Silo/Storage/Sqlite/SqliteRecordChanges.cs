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
            default:
                throw new NotSupportedException($"unknown record change {change.GetType().Name}");
        }
    }

    private static void Insert(SqliteConnection connection, PaymentCreated created)
    {
        var p = created.Payment;
        var at = p.CreatedAt.ToUnixTimeMilliseconds();
        using var insert = SqliteConnections.Command(connection,
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
        using var update = SqliteConnections.Command(connection,
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
        using var insert = SqliteConnections.Command(connection,
            """
            INSERT INTO topups (id, account_id, channel, status, amount, note, created_by, created_at, updated_at)
            VALUES ($id, $account, $channel, $status, $amount, $note, $by, $created, $updated)
            """,
            ("$id", t.Id), ("$account", t.AccountId), ("$channel", (int)t.Channel), ("$status", (int)t.Status),
            ("$amount", t.Amount.Rupiah), ("$note", t.Note), ("$by", t.CreatedBy),
            ("$created", t.CreatedAt.ToUnixTimeMilliseconds()), ("$updated", t.UpdatedAt.ToUnixTimeMilliseconds()));
        insert.ExecuteNonQuery();
    }
}

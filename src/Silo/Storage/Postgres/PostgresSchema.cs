using Npgsql;

namespace Cashless.Silo.Storage.Postgres;

/// <summary>
/// The schema as numbered migrations. Start-up applies the ones the database lacks, in one transaction that first
/// takes a transaction-scoped advisory lock, so silos starting at once apply them one after another and the later
/// ones find nothing to do. Amounts are bigint rupiah, times bigint Unix milliseconds, enums smallint (their numbers
/// never change); keys and ids sort bytewise (COLLATE "C"), as in SQLite, so cursors mean the same in both.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Any fixed number will do, as long as nothing else in the database locks it.</summary>
    private const long MigrationLock = 0x43617368_6C657373; // "Cashless"

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE users (
            id text COLLATE "C" PRIMARY KEY,
            name text NOT NULL,
            email text COLLATE "C" NOT NULL UNIQUE,
            password_hash text NOT NULL,
            role smallint NOT NULL,
            created_at bigint NOT NULL);
        -- Every commit rewrites its account's row; free room in each page keeps those updates HOT (no index churn).
        CREATE TABLE accounts (
            id text COLLATE "C" PRIMARY KEY REFERENCES users (id),
            role smallint NOT NULL,
            status smallint NOT NULL,
            balance bigint NOT NULL CHECK (balance >= 0),
            version bigint NOT NULL,
            next_seq bigint NOT NULL,
            updated_at bigint NOT NULL) WITH (fillfactor = 80);
        CREATE TABLE entries (
            account_id text COLLATE "C" NOT NULL REFERENCES accounts (id),
            seq bigint NOT NULL,
            operation_id text COLLATE "C" NOT NULL,
            kind smallint NOT NULL,
            amount bigint NOT NULL,
            balance_after bigint NOT NULL CHECK (balance_after >= 0),
            counterparty text,
            reference text NOT NULL,
            description text NOT NULL,
            created_at bigint NOT NULL,
            PRIMARY KEY (account_id, seq),
            UNIQUE (account_id, operation_id));
        CREATE TABLE payments (
            id text COLLATE "C" PRIMARY KEY,
            payer_id text COLLATE "C" NOT NULL,
            payee_id text COLLATE "C" NOT NULL,
            amount bigint NOT NULL CHECK (amount > 0),
            description text,
            state smallint NOT NULL,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL);
        CREATE INDEX payments_in_flight ON payments (payer_id, created_at) WHERE state = 0;
        CREATE TABLE topups (
            id text COLLATE "C" PRIMARY KEY,
            account_id text COLLATE "C" NOT NULL,
            channel smallint NOT NULL,
            status smallint NOT NULL,
            amount bigint NOT NULL CHECK (amount > 0),
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL,
            note text,
            created_by text,
            va_bank text,
            va_number text,
            biller_code text,
            bill_key text,
            expires_at bigint,
            gateway_transaction_id text,
            sender_bank text,
            sender_account_name text,
            transfer_reference text,
            reviewed_by text,
            reason text,
            recovered bigint NOT NULL DEFAULT 0);
        CREATE INDEX topups_by_account ON topups (account_id, id);
        CREATE INDEX topups_by_status ON topups (status, id);
        CREATE TABLE withdrawals (
            id text COLLATE "C" PRIMARY KEY,
            account_id text COLLATE "C" NOT NULL,
            status smallint NOT NULL,
            amount bigint NOT NULL CHECK (amount > 0),
            bank_code text NOT NULL,
            account_number text NOT NULL,
            account_name text NOT NULL,
            created_at bigint NOT NULL,
            updated_at bigint NOT NULL,
            reviewed_by text,
            reason text);
        CREATE INDEX withdrawals_by_account ON withdrawals (account_id, id);
        CREATE INDEX withdrawals_by_status ON withdrawals (status, id);
        CREATE TABLE session_cutoffs (
            user_id text COLLATE "C" PRIMARY KEY,
            revoked_up_to bigint NOT NULL,
            kept_token_id text);
        CREATE TABLE revoked_tokens (
            token_id text COLLATE "C" PRIMARY KEY,
            user_id text COLLATE "C" NOT NULL,
            expires_at bigint NOT NULL);
        CREATE INDEX revoked_tokens_by_user ON revoked_tokens (user_id, expires_at);
        CREATE TABLE idempotency (
            scope text COLLATE "C" PRIMARY KEY,
            request_hash text NOT NULL,
            status_code integer NOT NULL,
            content_type text,
            body bytea NOT NULL,
            location text,
            created_at bigint NOT NULL);
        """,
        """
        CREATE TABLE notifications (
            id text COLLATE "C" PRIMARY KEY,
            user_id text COLLATE "C" NOT NULL,
            kind smallint NOT NULL,
            message text NOT NULL,
            amount bigint,
            reference text,
            created_at bigint NOT NULL,
            read_at bigint);
        CREATE INDEX notifications_by_user ON notifications (user_id, id);
        CREATE INDEX notifications_unread ON notifications (user_id, id) WHERE read_at IS NULL;
        CREATE INDEX entries_by_time ON entries (created_at);
        """,
        """
        -- One account's entries in a time range, oldest first (cash-flow reports), without reading the rest of its journal.
        CREATE INDEX entries_by_account_time ON entries (account_id, created_at, seq);
        """,
        """
        -- Community cash flows read only entries that cross the community's boundary (top-ups, withdrawals and their
        -- reversals, kinds 0, 4, 5, 6): only those are indexed by time, so a payment's two entries carry no time index.
        DROP INDEX entries_by_time;
        CREATE INDEX entries_boundary_by_time ON entries (created_at) WHERE kind IN (0, 4, 5, 6);
        """,
        """
        -- A payment's notifications are read from its entries (decision 0007); only their read marks are stored: one by
        -- one, and "all up to" per user. Payment notifications kept as rows before are moved over (read marks) and dropped.
        CREATE TABLE notification_reads (
            user_id text COLLATE "C" NOT NULL,
            seq bigint NOT NULL,
            read_at bigint NOT NULL,
            PRIMARY KEY (user_id, seq));
        CREATE TABLE notification_cursors (
            user_id text COLLATE "C" PRIMARY KEY,
            read_all_at bigint NOT NULL);
        INSERT INTO notification_reads (user_id, seq, read_at)
            SELECT e.account_id, e.seq, n.read_at FROM notifications n
            JOIN entries e ON e.account_id = n.user_id AND e.reference = n.reference AND e.kind = CASE n.kind WHEN 5 THEN 2 ELSE 1 END
            WHERE n.kind IN (5, 6) AND n.read_at IS NOT NULL
            ON CONFLICT DO NOTHING;
        DELETE FROM notifications WHERE kind IN (5, 6);
        """,
        """
        -- The till: cashier logins of a seller, payment requests, and the link of each refund to the payment it gives back.
        CREATE TABLE cashiers (
            user_id text COLLATE "C" PRIMARY KEY REFERENCES users (id),
            seller_id text COLLATE "C" NOT NULL,
            disabled_at bigint);
        CREATE INDEX cashiers_by_seller ON cashiers (seller_id);
        CREATE TABLE payment_requests (
            id text COLLATE "C" PRIMARY KEY,
            seller_id text COLLATE "C" NOT NULL,
            amount bigint NOT NULL CHECK (amount > 0),
            description text,
            status smallint NOT NULL,
            created_by text COLLATE "C" NOT NULL,
            created_at bigint NOT NULL,
            expires_at bigint NOT NULL,
            updated_at bigint NOT NULL,
            payer_id text COLLATE "C",
            payment_id text COLLATE "C");
        CREATE TABLE refunds (
            id text COLLATE "C" PRIMARY KEY,
            payment_id text COLLATE "C" NOT NULL,
            seller_id text COLLATE "C" NOT NULL,
            amount bigint NOT NULL CHECK (amount > 0),
            reason text,
            created_by text COLLATE "C" NOT NULL,
            created_at bigint NOT NULL);
        CREATE INDEX refunds_by_payment ON refunds (payment_id);
        """,
        """
        -- Bank-transfer claims by their reference without case or white space (TransferReference.Key), so a second
        -- claim of one transfer is marked, and the claim it may repeat.
        ALTER TABLE topups ADD COLUMN transfer_key text COLLATE "C";
        ALTER TABLE topups ADD COLUMN possible_duplicate_of text;
        UPDATE topups SET transfer_key = upper(regexp_replace(transfer_reference, '\s', '', 'g') COLLATE "C")
        WHERE transfer_reference IS NOT NULL;
        CREATE INDEX topups_by_transfer_key ON topups (transfer_key, id) WHERE transfer_key IS NOT NULL;
        """,
        """
        -- The retention job deletes answers and revoked tokens by age.
        CREATE INDEX idempotency_by_time ON idempotency (created_at);
        CREATE INDEX revoked_tokens_by_expiry ON revoked_tokens (expires_at);
        """,
        """
        -- Families (issue 11): the limits and low-balance threshold on a student's wallet, the one-time codes a student
        -- hands to a guardian (only their hash), and the links between guardians and students.
        CREATE TABLE wallet_rules (
            account_id text COLLATE "C" PRIMARY KEY REFERENCES users (id),
            daily_limit bigint CHECK (daily_limit > 0),
            payment_limit bigint CHECK (payment_limit > 0),
            low_balance_threshold bigint CHECK (low_balance_threshold > 0),
            alert_payments_over bigint CHECK (alert_payments_over > 0),
            updated_at bigint NOT NULL);
        CREATE TABLE link_codes (
            code_hash text COLLATE "C" PRIMARY KEY,
            student_id text COLLATE "C" NOT NULL REFERENCES users (id),
            created_by text COLLATE "C" NOT NULL,
            created_at bigint NOT NULL,
            expires_at bigint NOT NULL,
            used_by text COLLATE "C",
            used_at bigint);
        CREATE INDEX link_codes_by_student ON link_codes (student_id, created_at);
        CREATE TABLE guardian_links (
            guardian_id text COLLATE "C" NOT NULL REFERENCES users (id),
            student_id text COLLATE "C" NOT NULL REFERENCES users (id),
            created_at bigint NOT NULL,
            PRIMARY KEY (guardian_id, student_id));
        CREATE INDEX guardian_links_by_student ON guardian_links (student_id);
        """,
        """
        -- An account's times never go back (its book holds them), so its entries are in time order along their key
        -- (account, sequence) and a time range of one account is read along that key: a payment indexes two entries less.
        DROP INDEX entries_by_account_time;
        """,
        """
        -- A payment's credit and its reversal (kinds 2, 3 and 10) are kept to once by the payment's own state move in the
        -- same commit, so only the other entries are indexed by operation id (decision 0010): a payment indexes one entry
        -- there instead of two.
        ALTER TABLE entries DROP CONSTRAINT entries_account_id_operation_id_key;
        CREATE UNIQUE INDEX entries_by_operation ON entries (account_id, operation_id) WHERE kind NOT IN (2, 3, 10);
        """,
        """
        -- An account's balance and next sequence are its newest entry's, and a commit that moves no money appends a
        -- marker entry (kind 11), so every commit claims the next sequence and the entries' key refuses a stale writer
        -- (decision 0010): the row is written only when the status changes, and its copies of the balance, the version
        -- and the next sequence go.
        ALTER TABLE accounts DROP COLUMN balance, DROP COLUMN version, DROP COLUMN next_seq;
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    public static async Task ApplyAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await Execute(connection, "SELECT pg_advisory_xact_lock($1)", ct, MigrationLock);
        await Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY)", ct);
        await using var read = PostgresSql.Command(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        var current = (int)(await read.ExecuteScalarAsync(ct))!;
        for (var version = current + 1; version <= Migrations.Length; version++)
        {
            await Execute(connection, Migrations[version - 1], ct);
            await Execute(connection, "INSERT INTO schema_version (version) VALUES ($1)", ct, version);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct, params object?[] values)
    {
        await using var command = PostgresSql.Command(connection, sql, values);
        await command.ExecuteNonQueryAsync(ct);
    }
}

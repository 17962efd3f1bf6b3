using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>
/// The schema as numbered migrations. Start-up applies the ones the file lacks, in one transaction, and records
/// the version reached; applying them again is a no-op. Amounts are integer rupiah, times are Unix milliseconds,
/// enums are their numeric values (see the enum declarations; their numbers never change).
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            role INTEGER NOT NULL,
            created_at INTEGER NOT NULL);
        CREATE TABLE accounts (
            id TEXT PRIMARY KEY REFERENCES users(id),
            role INTEGER NOT NULL,
            status INTEGER NOT NULL,
            balance INTEGER NOT NULL CHECK (balance >= 0),
            version INTEGER NOT NULL,
            next_seq INTEGER NOT NULL,
            updated_at INTEGER NOT NULL);
        CREATE TABLE entries (
            account_id TEXT NOT NULL REFERENCES accounts(id),
            seq INTEGER NOT NULL,
            operation_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            amount INTEGER NOT NULL,
            balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
            counterparty TEXT,
            reference TEXT NOT NULL,
            description TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, seq),
            UNIQUE (account_id, operation_id)) WITHOUT ROWID;
        CREATE TABLE payments (
            id TEXT PRIMARY KEY,
            payer_id TEXT NOT NULL,
            payee_id TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            description TEXT,
            state INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL);
        CREATE INDEX payments_in_flight ON payments (payer_id, created_at) WHERE state = 0;
        CREATE TABLE topups (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL,
            channel INTEGER NOT NULL,
            status INTEGER NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            note TEXT,
            created_by TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL);
        CREATE INDEX topups_by_account ON topups (account_id, id);
        CREATE TABLE session_cutoffs (
            user_id TEXT PRIMARY KEY,
            revoked_up_to INTEGER NOT NULL,
            kept_token_id TEXT);
        CREATE TABLE revoked_tokens (
            token_id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL,
            expires_at INTEGER NOT NULL);
        CREATE INDEX revoked_tokens_by_user ON revoked_tokens (user_id, expires_at);
        CREATE TABLE idempotency (
            scope TEXT PRIMARY KEY,
            request_hash TEXT NOT NULL,
            status_code INTEGER NOT NULL,
            content_type TEXT,
            body BLOB NOT NULL,
            location TEXT,
            created_at INTEGER NOT NULL);
        """,
        """
        ALTER TABLE topups ADD COLUMN va_bank TEXT;
        ALTER TABLE topups ADD COLUMN va_number TEXT;
        ALTER TABLE topups ADD COLUMN biller_code TEXT;
        ALTER TABLE topups ADD COLUMN bill_key TEXT;
        ALTER TABLE topups ADD COLUMN expires_at INTEGER;
        ALTER TABLE topups ADD COLUMN gateway_transaction_id TEXT;
        ALTER TABLE topups ADD COLUMN sender_bank TEXT;
        ALTER TABLE topups ADD COLUMN sender_account_name TEXT;
        ALTER TABLE topups ADD COLUMN transfer_reference TEXT;
        ALTER TABLE topups ADD COLUMN reviewed_by TEXT;
        ALTER TABLE topups ADD COLUMN reason TEXT;
        ALTER TABLE topups ADD COLUMN recovered INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX topups_by_status ON topups (status, id);
        CREATE TABLE withdrawals (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL,
            status INTEGER NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            bank_code TEXT NOT NULL,
            account_number TEXT NOT NULL,
            account_name TEXT NOT NULL,
            reviewed_by TEXT,
            reason TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL);
        CREATE INDEX withdrawals_by_account ON withdrawals (account_id, id);
        CREATE INDEX withdrawals_by_status ON withdrawals (status, id);
        """,
        """
        CREATE TABLE notifications (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            message TEXT NOT NULL,
            amount INTEGER,
            reference TEXT,
            created_at INTEGER NOT NULL,
            read_at INTEGER);
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
            user_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            read_at INTEGER NOT NULL,
            PRIMARY KEY (user_id, seq)) WITHOUT ROWID;
        CREATE TABLE notification_cursors (
            user_id TEXT PRIMARY KEY,
            read_all_at INTEGER NOT NULL);
        INSERT OR IGNORE INTO notification_reads (user_id, seq, read_at)
            SELECT e.account_id, e.seq, n.read_at FROM notifications n
            JOIN entries e ON e.account_id = n.user_id AND e.reference = n.reference AND e.kind = CASE n.kind WHEN 5 THEN 2 ELSE 1 END
            WHERE n.kind IN (5, 6) AND n.read_at IS NOT NULL;
        DELETE FROM notifications WHERE kind IN (5, 6);
        """,
        """
        -- The till: cashier logins of a seller, payment requests, and the link of each refund to the payment it gives back.
        CREATE TABLE cashiers (
            user_id TEXT PRIMARY KEY REFERENCES users(id),
            seller_id TEXT NOT NULL,
            disabled_at INTEGER);
        CREATE INDEX cashiers_by_seller ON cashiers (seller_id);
        CREATE TABLE payment_requests (
            id TEXT PRIMARY KEY,
            seller_id TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            description TEXT,
            status INTEGER NOT NULL,
            created_by TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            payer_id TEXT,
            payment_id TEXT);
        CREATE TABLE refunds (
            id TEXT PRIMARY KEY,
            payment_id TEXT NOT NULL,
            seller_id TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            reason TEXT,
            created_by TEXT NOT NULL,
            created_at INTEGER NOT NULL);
        CREATE INDEX refunds_by_payment ON refunds (payment_id);
        """,
        """
        -- Bank-transfer claims by their reference without case or white space (TransferReference.Key), so a second
        -- claim of one transfer is marked, and the claim it may repeat.
        ALTER TABLE topups ADD COLUMN transfer_key TEXT;
        ALTER TABLE topups ADD COLUMN possible_duplicate_of TEXT;
        UPDATE topups SET transfer_key = UPPER(REPLACE(REPLACE(REPLACE(REPLACE(transfer_reference, ' ', ''), char(9), ''), char(10), ''), char(13), ''))
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
            account_id TEXT PRIMARY KEY REFERENCES users (id),
            daily_limit INTEGER CHECK (daily_limit > 0),
            payment_limit INTEGER CHECK (payment_limit > 0),
            low_balance_threshold INTEGER CHECK (low_balance_threshold > 0),
            alert_payments_over INTEGER CHECK (alert_payments_over > 0),
            updated_at INTEGER NOT NULL);
        CREATE TABLE link_codes (
            code_hash TEXT PRIMARY KEY,
            student_id TEXT NOT NULL REFERENCES users (id),
            created_by TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            used_by TEXT,
            used_at INTEGER);
        CREATE INDEX link_codes_by_student ON link_codes (student_id, created_at);
        CREATE TABLE guardian_links (
            guardian_id TEXT NOT NULL REFERENCES users (id),
            student_id TEXT NOT NULL REFERENCES users (id),
            created_at INTEGER NOT NULL,
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
        -- there instead of two. The table constraint cannot be dropped in place, so the table is copied without it.
        CREATE TABLE entries_keyed_once (
            account_id TEXT NOT NULL REFERENCES accounts(id),
            seq INTEGER NOT NULL,
            operation_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            amount INTEGER NOT NULL,
            balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
            counterparty TEXT,
            reference TEXT NOT NULL,
            description TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, seq)) WITHOUT ROWID;
        INSERT INTO entries_keyed_once
            SELECT account_id, seq, operation_id, kind, amount, balance_after, counterparty, reference, description, created_at FROM entries;
        DROP TABLE entries;
        ALTER TABLE entries_keyed_once RENAME TO entries;
        CREATE UNIQUE INDEX entries_by_operation ON entries (account_id, operation_id) WHERE kind NOT IN (2, 3, 10);
        CREATE INDEX entries_boundary_by_time ON entries (created_at) WHERE kind IN (0, 4, 5, 6);
        """,
        """
        -- An account's balance and next sequence are its newest entry's, and a commit that moves no money appends a
        -- marker entry (kind 11), so every commit claims the next sequence and the entries' key refuses a stale writer
        -- (decision 0010): the row is written only when the status changes, and its copies of the balance, the version
        -- and the next sequence go.
        ALTER TABLE accounts DROP COLUMN balance;
        ALTER TABLE accounts DROP COLUMN version;
        ALTER TABLE accounts DROP COLUMN next_seq;
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    /// <summary>Applies the migrations the file lacks up to <paramref name="upTo"/> (a test may stop at an older schema).</summary>
    public static void Apply(SqliteConnection connection, int? upTo = null)
    {
        SqliteConnections.Execute(connection, "BEGIN IMMEDIATE");
        try
        {
            SqliteConnections.Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            using var read = SqliteConnections.Command(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
            var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            for (var version = current + 1; version <= (upTo ?? Migrations.Length); version++)
            {
                SqliteConnections.Execute(connection, Migrations[version - 1]);
                using var record = SqliteConnections.Command(connection, "INSERT INTO schema_version (version) VALUES ($v)", ("$v", version));
                record.ExecuteNonQuery();
            }

            SqliteConnections.Execute(connection, "COMMIT");
        }
        catch
        {
            SqliteConnections.Execute(connection, "ROLLBACK");
            throw;
        }
    }
}

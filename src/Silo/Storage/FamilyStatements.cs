using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage;

/// <summary>
/// The families' statements (wallet rules, link codes, guardian links) in the SQL both relational adapters speak, with
/// <c>$n</c> parameters; reads name their <see cref="FamilyRows"/> reader.
/// </summary>
internal static class FamilyStatements
{
    private const string Links =
        """
        SELECT l.guardian_id, g.name, l.student_id, s.name, l.created_at
        FROM guardian_links l JOIN users g ON g.id = l.guardian_id JOIN users s ON s.id = l.student_id
        """;

    public static StoreStatement Rules(string accountId) => new(
        "SELECT daily_limit, payment_limit, low_balance_threshold, alert_payments_over FROM wallet_rules WHERE account_id = $1", accountId);

    public static StoreStatement SaveRules(string accountId, WalletRules rules, DateTimeOffset at) => new(
        """
        INSERT INTO wallet_rules (account_id, daily_limit, payment_limit, low_balance_threshold, alert_payments_over, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (account_id) DO UPDATE SET daily_limit = excluded.daily_limit, payment_limit = excluded.payment_limit,
            low_balance_threshold = excluded.low_balance_threshold, alert_payments_over = excluded.alert_payments_over,
            updated_at = excluded.updated_at
        """,
        accountId, rules.DailyLimit?.Rupiah, rules.PaymentLimit?.Rupiah, rules.LowBalanceThreshold?.Rupiah, rules.AlertPaymentsOver?.Rupiah,
        at.ToUnixTimeMilliseconds());

    public static StoreStatement InsertCode(LinkCodeRecord code) => new(
        "INSERT INTO link_codes (code_hash, student_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        code.CodeHash, code.StudentId, code.CreatedBy, code.CreatedAt.ToUnixTimeMilliseconds(), code.ExpiresAt.ToUnixTimeMilliseconds());

    public static StoreStatement CountCodesSince(string studentId, DateTimeOffset since) => new(
        "SELECT CAST(COUNT(*) AS bigint) FROM link_codes WHERE student_id = $1 AND created_at >= $2", studentId, since.ToUnixTimeMilliseconds());

    /// <summary>Marks the code used by this guardian; touches no row when it is used, expired or unknown.</summary>
    public static StoreStatement UseCode(string codeHash, string guardianId, DateTimeOffset now) => new(
        "UPDATE link_codes SET used_by = $2, used_at = $3 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $3",
        codeHash, guardianId, now.ToUnixTimeMilliseconds());

    /// <summary>Links the guardian the code was just used by (run after <see cref="UseCode"/>, in the same write).</summary>
    public static StoreStatement LinkByCode(string codeHash, string guardianId, DateTimeOffset now) => new(
        """
        INSERT INTO guardian_links (guardian_id, student_id, created_at)
        SELECT used_by, student_id, used_at FROM link_codes WHERE code_hash = $1 AND used_by = $2 AND used_at = $3
        ON CONFLICT (guardian_id, student_id) DO NOTHING
        """,
        codeHash, guardianId, now.ToUnixTimeMilliseconds());

    public static StoreStatement Link(string guardianId, string studentId, DateTimeOffset at) => new(
        "INSERT INTO guardian_links (guardian_id, student_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (guardian_id, student_id) DO NOTHING",
        guardianId, studentId, at.ToUnixTimeMilliseconds());

    public static StoreStatement StudentOfCode(string codeHash) => new("SELECT student_id FROM link_codes WHERE code_hash = $1", codeHash);

    /// <summary>The links of the guardian, or else of the student.</summary>
    public static StoreStatement LinksOf(string? guardianId, string? studentId) => guardianId is not null
        ? new($"{Links} WHERE l.guardian_id = $1 ORDER BY l.created_at, l.student_id", guardianId)
        : new($"{Links} WHERE l.student_id = $1 ORDER BY l.created_at, l.guardian_id",
            studentId ?? throw new ArgumentNullException(nameof(studentId), "name a guardian or a student"));

    public static StoreStatement RemoveLink(string guardianId, string studentId) => new(
        "DELETE FROM guardian_links WHERE guardian_id = $1 AND student_id = $2", guardianId, studentId);
}

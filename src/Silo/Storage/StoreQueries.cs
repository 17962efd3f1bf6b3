using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;

namespace Cashless.Silo.Storage;

/// <summary>
/// The statements the relational adapters share, written in the SQL that SQLite and PostgreSQL both speak:
/// <c>CAST(… AS bigint)</c> rather than <c>::</c> (PostgreSQL sums bigints as numeric), and <c>$n</c> parameters.
/// Each names the <see cref="StoreRows"/> reader of its rows. Enum numbers are spelled from the enums (they never change).
/// </summary>
internal static class StoreQueries
{
    /// <summary>What a top-up put into the community: all of a settled one, what could not be taken back of a reversed one.</summary>
    private static readonly string SettledPart =
        $"CASE status WHEN {(int)TopUpStatus.Settled} THEN amount WHEN {(int)TopUpStatus.Reversed} THEN amount - recovered ELSE 0 END";

    /// <summary>
    /// One account's snapshot, read with <see cref="StoreRows.AccountSnapshot"/>: its row, and the balance and sequence of
    /// its newest entry (the row is not rewritten per commit, decision 0010), with the sum of all its entries.
    /// </summary>
    public static StoreStatement AccountSnapshot(string accountId) => new(
        """
        SELECT a.id, a.role, a.status, COALESCE(n.balance_after, 0), COALESCE(n.seq, 0) + 1,
               (SELECT CAST(COALESCE(SUM(e.amount), 0) AS bigint) FROM entries e WHERE e.account_id = a.id), a.updated_at, n.created_at
        FROM accounts a
        LEFT JOIN entries n ON n.account_id = a.id AND n.seq = (SELECT MAX(seq) FROM entries WHERE account_id = a.id)
        WHERE a.id = $1
        """,
        accountId);

    /// <summary>An account's balance (alias <c>a</c>): its newest entry's, since the row is not rewritten per commit (decision 0010).</summary>
    private const string NewestBalance = "(SELECT balance_after FROM entries e WHERE e.account_id = a.id ORDER BY e.seq DESC LIMIT 1)";

    private static readonly string ConservationSums =
        $"""
        (SELECT {Sum(NewestBalance)} FROM accounts a),
        (SELECT {Sum("amount")} FROM payments WHERE state = {(int)PaymentState.InFlight}),
        (SELECT {Sum(SettledPart)} FROM topups),
        (SELECT {Sum("amount")} FROM withdrawals WHERE status IN ({(int)WithdrawalStatus.Pending}, {(int)WithdrawalStatus.Completed}))
        """;

    /// <summary>One statement, so one snapshot: the four sums agree with each other. Read with <see cref="StoreRows.ConservationTotals"/>.</summary>
    public static readonly StoreStatement ConservationTotals = new($"SELECT {ConservationSums}");

    /// <summary>
    /// The overview in one statement (one snapshot): the conservation sums as in <see cref="ConservationTotals"/>, then
    /// one pass over each table for the rest. Read with <see cref="StoreRows.CommunityTotals"/>.
    /// </summary>
    public static readonly StoreStatement CommunityTotals = new(
        $"""
        SELECT {ConservationSums},
               u.buyers, u.sellers, u.admins, a.frozen,
               t.virtual_account, t.bank_transfer, t.admin, w.pending, w.completed, p.completed, p.volume,
               t.reviews, w.pending_count
        FROM (SELECT {CountWhere($"role = {(int)AccountRole.Buyer}")} AS buyers, {CountWhere($"role = {(int)AccountRole.Seller}")} AS sellers,
                     {CountWhere($"role = {(int)AccountRole.Admin}")} AS admins
              FROM users) u
        CROSS JOIN (SELECT {CountWhere($"status = {(int)AccountStatus.Frozen}")} AS frozen FROM accounts) a
        CROSS JOIN (SELECT {SettledOn(TopUpChannel.VirtualAccount)} AS virtual_account, {SettledOn(TopUpChannel.BankTransfer)} AS bank_transfer,
                           {SettledOn(TopUpChannel.Admin)} AS admin,
                           {CountWhere($"channel = {(int)TopUpChannel.BankTransfer} AND status = {(int)TopUpStatus.AwaitingReview}")} AS reviews
                    FROM topups) t
        CROSS JOIN (SELECT {SumWhere($"status = {(int)WithdrawalStatus.Pending}", "amount")} AS pending,
                           {SumWhere($"status = {(int)WithdrawalStatus.Completed}", "amount")} AS completed,
                           {CountWhere($"status = {(int)WithdrawalStatus.Pending}")} AS pending_count
                    FROM withdrawals) w
        CROSS JOIN (SELECT {CountWhere($"state = {(int)PaymentState.Completed}")} AS completed,
                           {SumWhere($"state = {(int)PaymentState.Completed}", "amount")} AS volume
                    FROM payments) p
        """);

    /// <summary>
    /// Kinds of entry that move money across the community's boundary: the condition of the partial index
    /// <c>entries_boundary_by_time</c>, spelled the same (the planner matches it term for term).
    /// </summary>
    private static readonly string BoundaryKinds =
        $"{(int)EntryKind.TopUp}, {(int)EntryKind.Withdrawal}, {(int)EntryKind.WithdrawalReversal}, {(int)EntryKind.TopUpReversal}";

    /// <summary>
    /// Read with <see cref="StoreRows.Entry"/>; oldest first, in sequence order, which is time order (an account's times
    /// never go back) and which <see cref="BalanceBefore"/> shares: the opening balance is that of the entry just before
    /// the first. Both walk the account's key back from its newest entry to the range's start, so a recent period reads
    /// only recent entries, with no time index to write on every payment.
    /// </summary>
    public static StoreStatement EntriesBetween(string accountId, DateTimeOffset start, DateTimeOffset until) => new(
        $"""
        SELECT {StoreRows.EntryColumns} FROM entries
        WHERE account_id = $1 AND created_at >= $2 AND created_at < $3 AND {StoreRows.JournalEntries}
          AND seq > COALESCE((SELECT seq FROM entries WHERE account_id = $1 AND created_at < $2 ORDER BY seq DESC LIMIT 1), 0)
        ORDER BY seq
        """,
        accountId, start.ToUnixTimeMilliseconds(), until.ToUnixTimeMilliseconds());

    /// <summary>One row (the balance after the account's last entry before <paramref name="at"/>) or none.</summary>
    public static StoreStatement BalanceBefore(string accountId, DateTimeOffset at) => new(
        "SELECT balance_after FROM entries WHERE account_id = $1 AND created_at < $2 ORDER BY seq DESC LIMIT 1",
        accountId, at.ToUnixTimeMilliseconds());

    /// <summary>Read with <see cref="StoreRows.CommunityFlow"/>; a top-up and its reversal carry the top-up's channel.</summary>
    public static StoreStatement CommunityFlows(DateTimeOffset start, DateTimeOffset until) => new(
        $"""
        SELECT e.created_at, e.kind, t.channel, e.amount
        FROM entries e
        LEFT JOIN topups t ON e.kind IN ({(int)EntryKind.TopUp}, {(int)EntryKind.TopUpReversal}) AND t.id = e.reference
        WHERE e.created_at >= $1 AND e.created_at < $2 AND e.kind IN ({BoundaryKinds})
        ORDER BY e.created_at, e.account_id, e.seq
        """,
        start.ToUnixTimeMilliseconds(), until.ToUnixTimeMilliseconds());

    /// <summary>
    /// Read with <see cref="StoreRows.Notification"/>, one row more than the page (see <see cref="Paging"/>). The filters
    /// are left out rather than switched off by a parameter, so the unread partial index can serve the unread list.
    /// </summary>
    public static StoreStatement NotificationPage(string userId, bool unreadOnly, PageRequest page)
    {
        var unread = unreadOnly ? " AND read_at IS NULL" : "";
        var sql = $"SELECT {StoreRows.NotificationColumns} FROM notifications WHERE user_id = $1{unread}";
        return page.Before is null
            ? new StoreStatement($"{sql} ORDER BY id DESC LIMIT $2", userId, page.Limit + 1)
            : new StoreStatement($"{sql} AND id < $3 ORDER BY id DESC LIMIT $2", userId, page.Limit + 1, page.Before);
    }

    /// <summary>Touches one row when the user has the notification (read or not); a read one keeps its first read time.</summary>
    public static StoreStatement MarkNotificationRead(string userId, string notificationId, DateTimeOffset at) => new(
        "UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE user_id = $1 AND id = $2",
        userId, notificationId, at.ToUnixTimeMilliseconds());

    /// <summary>Touches the rows that were unread.</summary>
    public static StoreStatement MarkAllNotificationsRead(string userId, DateTimeOffset at) => new(
        "UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL", userId, at.ToUnixTimeMilliseconds());

    private static readonly string Debits = $"{(int)EntryKind.PaymentOut}, {(int)EntryKind.AllowanceOut}";
    private static readonly string Credits = $"{(int)EntryKind.PaymentIn}, {(int)EntryKind.AllowanceIn}";

    /// <summary>
    /// Journal entries that are notifications (decision 0007): a payment (or allowance) received, and a payment sent once completed,
    /// with their read marks (one by one in <c>notification_reads</c>, all up to a time in <c>notification_cursors</c>).
    /// </summary>
    private static readonly string DerivedFrom =
        $"""
        entries e
        LEFT JOIN payments p ON e.kind IN ({Debits}) AND p.id = e.reference
        LEFT JOIN notification_reads r ON r.user_id = e.account_id AND r.seq = e.seq
        LEFT JOIN notification_cursors c ON c.user_id = e.account_id
        WHERE e.account_id = $1 AND e.kind IN ({Debits}, {Credits})
          AND (e.kind IN ({Credits}) OR p.state = {(int)PaymentState.Completed})
        """;

    private const string DerivedUnread = " AND r.read_at IS NULL AND (c.read_all_at IS NULL OR e.created_at > c.read_all_at)";

    /// <summary>
    /// Read with <see cref="StoreRows.DerivedNotification"/>, one row more than the page, in id order (time, then sequence,
    /// which is sequence order: an account's times never go back) along the entries' key; the adapter merges it with
    /// <see cref="NotificationPage"/>.
    /// </summary>
    public static StoreStatement DerivedNotificationPage(string userId, bool unreadOnly, PageRequest page)
    {
        var (unixMs, sequence) = DerivedNotificationId.Bound(page.Before);
        return new StoreStatement(
            $"""
            SELECT e.created_at, e.seq, e.kind, e.amount, e.reference,
                   COALESCE(r.read_at, CASE WHEN e.created_at <= c.read_all_at THEN c.read_all_at END), e.account_id
            FROM {DerivedFrom}
              AND (e.created_at < $2 OR (e.created_at = $2 AND e.seq < $3)){(unreadOnly ? DerivedUnread : "")}
            ORDER BY e.seq DESC LIMIT $4
            """,
            userId, unixMs, sequence, page.Limit + 1);
    }

    /// <summary>One row: how many entry notifications of the user match (1 or 0 with a time and sequence given).</summary>
    public static StoreStatement DerivedNotificationExists(string userId, long unixMs, long sequence) => new(
        $"SELECT COUNT(*) FROM {DerivedFrom} AND e.created_at = $2 AND e.seq = $3", userId, unixMs, sequence);

    /// <summary>Marks an entry notification read, unless it is read already (one by one, or by a read-all after it).</summary>
    public static StoreStatement MarkDerivedNotificationRead(string userId, long unixMs, long sequence, DateTimeOffset at) => new(
        """
        INSERT INTO notification_reads (user_id, seq, read_at)
        SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM notification_cursors WHERE user_id = $1 AND read_all_at >= $4)
        ON CONFLICT (user_id, seq) DO NOTHING
        """,
        userId, sequence, at.ToUnixTimeMilliseconds(), unixMs);

    /// <summary>One row: the entry notifications up to <paramref name="at"/> that are unread.</summary>
    public static StoreStatement DerivedUnreadCount(string userId, DateTimeOffset at) => new(
        $"SELECT COUNT(*) FROM {DerivedFrom} AND e.created_at <= $2{DerivedUnread}", userId, at.ToUnixTimeMilliseconds());

    /// <summary>Every entry notification up to <paramref name="at"/> is read from then on; the mark never moves back.</summary>
    public static StoreStatement MarkDerivedNotificationsReadUpTo(string userId, DateTimeOffset at) => new(
        """
        INSERT INTO notification_cursors (user_id, read_all_at) VALUES ($1, $2)
        ON CONFLICT (user_id) DO UPDATE SET read_all_at = CASE WHEN excluded.read_all_at > notification_cursors.read_all_at
            THEN excluded.read_all_at ELSE notification_cursors.read_all_at END
        """,
        userId, at.ToUnixTimeMilliseconds());

    /// <summary>One batch of answers past their retention, oldest index entries first.</summary>
    public static StoreStatement DeleteIdempotencyBefore(DateTimeOffset createdBefore, int limit) => new(
        "DELETE FROM idempotency WHERE scope IN (SELECT scope FROM idempotency WHERE created_at < $1 LIMIT $2)",
        createdBefore.ToUnixTimeMilliseconds(), limit);

    public static StoreStatement DeleteRevokedTokensExpiredBefore(DateTimeOffset expiredBefore, int limit) => new(
        "DELETE FROM revoked_tokens WHERE token_id IN (SELECT token_id FROM revoked_tokens WHERE expires_at < $1 LIMIT $2)",
        expiredBefore.ToUnixTimeMilliseconds(), limit);

    private static string Sum(string expression) => $"CAST(COALESCE(SUM({expression}), 0) AS bigint)";

    private static string SumWhere(string condition, string expression) => Sum($"CASE WHEN {condition} THEN {expression} END");

    private static string SettledOn(TopUpChannel channel) => SumWhere($"channel = {(int)channel}", SettledPart);

    private static string CountWhere(string condition) => $"COUNT(CASE WHEN {condition} THEN 1 END)";
}

using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage;

/// <summary>
/// The till's statements (cashiers, payment requests, refunds) in the SQL both relational adapters speak, with
/// <c>$n</c> parameters; reads name their <see cref="TillRows"/> reader. Enums are bound as smallint numbers.
/// </summary>
internal static class TillStatements
{
    public const string CashierColumns = "c.user_id, c.seller_id, u.name, u.email, c.disabled_at, u.created_at";

    public const string PaymentRequestColumns =
        "id, seller_id, amount, description, status, created_by, created_at, expires_at, updated_at, payer_id, payment_id";

    private const string Cashiers = $"SELECT {CashierColumns} FROM cashiers c JOIN users u ON u.id = c.user_id";

    public static StoreStatement InsertCashier(UserRecord user, string sellerId) => new(
        "INSERT INTO cashiers (user_id, seller_id, disabled_at) VALUES ($1, $2, NULL)", user.Id, sellerId);

    public static StoreStatement Cashier(string userId) => new($"{Cashiers} WHERE c.user_id = $1", userId);

    public static StoreStatement CashiersOf(string sellerId) => new($"{Cashiers} WHERE c.seller_id = $1 ORDER BY u.created_at, c.user_id", sellerId);

    /// <summary>Touches the cashier's row (a disabled one keeps its first time).</summary>
    public static StoreStatement DisableCashier(string userId, DateTimeOffset at) => new(
        "UPDATE cashiers SET disabled_at = COALESCE(disabled_at, $2) WHERE user_id = $1", userId, at.ToUnixTimeMilliseconds());

    public static StoreStatement PaymentRequest(string requestId) => new(
        $"SELECT {PaymentRequestColumns} FROM payment_requests WHERE id = $1", requestId);

    public static StoreStatement Refunded(string paymentId) => new(
        $"""
        SELECT CAST(COALESCE(SUM(r.amount), 0) AS bigint) FROM refunds r JOIN payments p ON p.id = r.id
        WHERE r.payment_id = $1 AND p.state <> {(int)PaymentState.Reversed}
        """,
        paymentId);

    public static StoreStatement Insert(PaymentRequestCreated created)
    {
        var r = created.Request;
        return new StoreStatement(
            $"INSERT INTO payment_requests ({PaymentRequestColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            r.Id, r.SellerId, r.Amount.Rupiah, r.Description, (short)r.Status, r.CreatedBy, r.CreatedAt.ToUnixTimeMilliseconds(),
            r.ExpiresAt.ToUnixTimeMilliseconds(), r.UpdatedAt.ToUnixTimeMilliseconds(), r.PayerId, r.PaymentId);
    }

    /// <summary>Touches one row when the request is still in the move's <c>From</c> status.</summary>
    public static StoreStatement Move(PaymentRequestMoved moved) => new(
        "UPDATE payment_requests SET status = $1, updated_at = $2, payer_id = $3, payment_id = $4 WHERE id = $5 AND status = $6",
        (short)moved.To, moved.At.ToUnixTimeMilliseconds(), moved.PayerId, moved.PaymentId, moved.RequestId, (short)moved.From);

    public static StoreStatement Insert(RefundCreated refund) => new(
        """
        INSERT INTO refunds (id, payment_id, seller_id, amount, reason, created_by, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        """,
        refund.RefundId, refund.OriginalPaymentId, refund.SellerId, refund.Amount.Rupiah, refund.Reason, refund.CreatedBy,
        refund.CreatedAt.ToUnixTimeMilliseconds());
}

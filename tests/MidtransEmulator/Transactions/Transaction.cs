using System.Text.Json.Serialization;

namespace Cashless.MidtransEmulator.Transactions;

/// <summary>One charge as the emulated gateway stores it. Immutable: a status change stores a new copy.</summary>
/// <param name="PaymentType"><c>bank_transfer</c> or <c>echannel</c>.</param>
/// <param name="Bank">bca, bni, bri, cimb, permata, or mandiri for echannel.</param>
/// <param name="PaymentCode">The VA number, or the bill key for echannel.</param>
/// <param name="GrossAmount">Whole rupiah.</param>
public sealed record Transaction(
    string TransactionId,
    string OrderId,
    string PaymentType,
    string Bank,
    string PaymentCode,
    long GrossAmount,
    DateTimeOffset TransactionTime,
    DateTimeOffset ExpiryTime,
    IReadOnlyList<Uri> NotificationUrls)
{
    public const string BankTransfer = "bank_transfer";
    public const string Echannel = "echannel";

    public TransactionStatus Status { get; init; } = TransactionStatus.Pending;

    public DateTimeOffset? SettlementTime { get; init; }

    /// <summary>
    /// Pending may end any way; a settlement can still be denied, which is the Permata/Mandiri
    /// reversal Midtrans documents. Nothing else moves.
    /// </summary>
    public bool CanMoveTo(TransactionStatus target) => (Status, target) switch
    {
        (TransactionStatus.Pending, not TransactionStatus.Pending) => true,
        (TransactionStatus.Settlement, TransactionStatus.Deny) => true,
        _ => false,
    };

    /// <summary>Cancelled and expired transactions free their order_id for a new charge.</summary>
    [JsonIgnore]
    public bool HoldsOrderId => Status is not (TransactionStatus.Cancel or TransactionStatus.Expire);
}

namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>
/// The one transaction shape Midtrans uses for charge, status, cancel and expire responses and for notifications.
/// Every value is a string, as on the wire; absent members are left out of the JSON.
/// </summary>
public sealed record TransactionMessage(
    string StatusCode,
    string StatusMessage,
    string TransactionId,
    string OrderId,
    string MerchantId,
    string GrossAmount,
    string Currency,
    string PaymentType,
    string TransactionTime,
    string TransactionStatus,
    string FraudStatus)
{
    public IReadOnlyList<VaNumber>? VaNumbers { get; init; }

    public string? PermataVaNumber { get; init; }

    public string? BillerCode { get; init; }

    public string? BillKey { get; init; }

    public IReadOnlyList<PaymentAmount>? PaymentAmounts { get; init; }

    public string? ExpiryTime { get; init; }

    public string? SettlementTime { get; init; }

    public string? SignatureKey { get; init; }
}

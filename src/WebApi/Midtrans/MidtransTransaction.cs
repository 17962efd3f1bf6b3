using System.Globalization;
using System.Text.Json.Serialization;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// The one transaction shape Midtrans answers charges and status calls with and sends as notifications. All values
/// are strings on the wire; everything is optional here because Midtrans adds and omits fields by bank and version.
/// The wire names are spelled out so that the OpenAPI document shows them as Midtrans sends them.
/// </summary>
public sealed record MidtransTransaction
{
    [JsonPropertyName("status_code")]
    public string? StatusCode { get; init; }

    [JsonPropertyName("status_message")]
    public string? StatusMessage { get; init; }

    [JsonPropertyName("transaction_id")]
    public string? TransactionId { get; init; }

    [JsonPropertyName("order_id")]
    public string? OrderId { get; init; }

    [JsonPropertyName("gross_amount")]
    public string? GrossAmount { get; init; }

    [JsonPropertyName("payment_type")]
    public string? PaymentType { get; init; }

    [JsonPropertyName("transaction_status")]
    public string? TransactionStatus { get; init; }

    [JsonPropertyName("fraud_status")]
    public string? FraudStatus { get; init; }

    [JsonPropertyName("va_numbers")]
    public IReadOnlyList<MidtransVaNumber>? VaNumbers { get; init; }

    [JsonPropertyName("permata_va_number")]
    public string? PermataVaNumber { get; init; }

    [JsonPropertyName("biller_code")]
    public string? BillerCode { get; init; }

    [JsonPropertyName("bill_key")]
    public string? BillKey { get; init; }

    [JsonPropertyName("expiry_time")]
    public string? ExpiryTime { get; init; }

    [JsonPropertyName("signature_key")]
    public string? SignatureKey { get; init; }

    [JsonIgnore]
    public int StatusCodeNumber =>
        int.TryParse(StatusCode, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0;
}

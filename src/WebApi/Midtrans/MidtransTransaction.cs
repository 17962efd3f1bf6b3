using System.Text.Json.Serialization;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// The one transaction shape Midtrans answers charges and status calls with and sends as notifications. All values
/// are strings on the wire; everything is optional here because Midtrans adds and omits fields by bank and version.
/// </summary>
public sealed record MidtransTransaction
{
    public string? StatusCode { get; init; }

    public string? StatusMessage { get; init; }

    public string? TransactionId { get; init; }

    public string? OrderId { get; init; }

    public string? GrossAmount { get; init; }

    public string? PaymentType { get; init; }

    public string? TransactionStatus { get; init; }

    public string? FraudStatus { get; init; }

    public IReadOnlyList<MidtransVaNumber>? VaNumbers { get; init; }

    public string? PermataVaNumber { get; init; }

    public string? BillerCode { get; init; }

    public string? BillKey { get; init; }

    public string? ExpiryTime { get; init; }

    public string? SignatureKey { get; init; }

    [JsonIgnore]
    public int StatusCodeNumber => int.TryParse(StatusCode, out var code) ? code : 0;
}

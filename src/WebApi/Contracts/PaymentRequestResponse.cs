using System.Text.Json.Serialization;
using Cashless.Grains.Interfaces.Till;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// A payment request as the buyer and the till see it. <see cref="Status"/> is <c>open</c>, <c>paid</c>,
/// <c>cancelled</c> or <c>expired</c>. <see cref="PaymentId"/> and <see cref="PaidBy"/> are shown, once paid, to the
/// seller, its cashiers and the payer only.
/// </summary>
public sealed record PaymentRequestResponse(
    string Id,
    long Amount,
    string? Description,
    string Status,
    DateTime ExpiresAt,
    PartyResponse Merchant,
    QrResponse Qr)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PaymentId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PartyResponse? PaidBy { get; init; }

    public static string StatusOf(PaymentRequestRecord request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Status switch
        {
            PaymentRequestStatus.Paid => "paid",
            PaymentRequestStatus.Cancelled => "cancelled",
            _ when request.IsExpiredAt(now) => "expired",
            _ => "open",
        };
    }
}

/// <summary>A user named to another: id and display name only.</summary>
public sealed record PartyResponse(string Id, string Name);

/// <summary>
/// The text a wallet app scans (<c>cashless:pr_…</c>) and where to fetch it drawn as a QR code (bearer token
/// needed, like every call).
/// </summary>
public sealed record QrResponse(string Payload, string SvgUrl, string PngUrl);

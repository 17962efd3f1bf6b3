namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>A validated <c>POST /v2/charge</c> body, reduced to what the emulator keeps.</summary>
/// <param name="Bank">bca, bni, bri, cimb, permata, or mandiri for echannel.</param>
/// <param name="OrderTime">custom_expiry.order_time: when the expiry clock starts, if not at the charge.</param>
public sealed record ChargeRequest(
    string OrderId,
    long GrossAmount,
    string PaymentType,
    string Bank,
    string? CustomVaNumber,
    TimeSpan? ExpiryDuration,
    DateTimeOffset? OrderTime);

namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>An item of <c>payment_amounts</c> (BCA, BNI and BRI only).</summary>
public sealed record PaymentAmount(string PaidAt, string Amount);

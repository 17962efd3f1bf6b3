using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Interfaces.Till;

/// <summary>The request as it stands after the call, and for a payment the payer's answer.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentRequestResult")]
public sealed record PaymentRequestResult(
    [property: Id(0)] PaymentRequestOutcome Outcome,
    [property: Id(1)] PaymentRequestRecord? Request,
    [property: Id(2)] PaymentResult? Payment);

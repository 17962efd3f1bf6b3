using Cashless.Grains.Interfaces.Till;

namespace Cashless.Grains.Interfaces.Records;

/// <summary>
/// Moves a payment request from <see cref="From"/> to <see cref="To"/> and sets its payer and payment (null clears
/// them); fails the commit if it is no longer in <see cref="From"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentRequestMoved")]
public sealed record PaymentRequestMoved(
    [property: Id(0)] string RequestId,
    [property: Id(1)] PaymentRequestStatus From,
    [property: Id(2)] PaymentRequestStatus To,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? PayerId,
    [property: Id(5)] string? PaymentId) : RecordChange;

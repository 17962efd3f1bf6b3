using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Interfaces.Records;

/// <summary>Moves a payment from <see cref="From"/> to <see cref="To"/>; fails the commit if it is no longer in <see cref="From"/>.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentMoved")]
public sealed record PaymentMoved(
    [property: Id(0)] string PaymentId,
    [property: Id(1)] PaymentState From,
    [property: Id(2)] PaymentState To,
    [property: Id(3)] DateTimeOffset At) : RecordChange;

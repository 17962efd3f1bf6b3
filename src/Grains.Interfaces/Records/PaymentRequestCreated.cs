using Cashless.Grains.Interfaces.Till;

namespace Cashless.Grains.Interfaces.Records;

[GenerateSerializer, Immutable, Alias("Cashless.PaymentRequestCreated")]
public sealed record PaymentRequestCreated([property: Id(0)] PaymentRequestRecord Request) : RecordChange;

using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.Grains.Interfaces.Records;

[GenerateSerializer, Immutable, Alias("Cashless.TopUpCreated")]
public sealed record TopUpCreated([property: Id(0)] TopUpRecord TopUp) : RecordChange;

namespace Cashless.Grains.Interfaces.TopUps;

[GenerateSerializer, Immutable, Alias("Cashless.TopUpResult")]
public sealed record TopUpResult(
    [property: Id(0)] TopUpOutcome Outcome,
    [property: Id(1)] TopUpRecord? TopUp);

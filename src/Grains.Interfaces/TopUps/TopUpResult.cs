namespace Cashless.Grains.Interfaces.TopUps;

/// <summary><see cref="BalanceAfter"/>: the wallet's balance after the credit, where this call credited (or found the credit of a repeat).</summary>
[GenerateSerializer, Immutable, Alias("Cashless.TopUpResult")]
public sealed record TopUpResult(
    [property: Id(0)] TopUpOutcome Outcome,
    [property: Id(1)] TopUpRecord? TopUp)
{
    [Id(2)]
    public Money? BalanceAfter { get; init; }
}

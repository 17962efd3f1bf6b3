namespace Cashless.Grains.Interfaces.Withdrawals;

[GenerateSerializer, Immutable, Alias("Cashless.WithdrawalResult")]
public sealed record WithdrawalResult(
    [property: Id(0)] WithdrawalOutcome Outcome,
    [property: Id(1)] WithdrawalRecord? Withdrawal);

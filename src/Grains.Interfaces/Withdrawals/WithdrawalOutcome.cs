namespace Cashless.Grains.Interfaces.Withdrawals;

[GenerateSerializer, Alias("Cashless.WithdrawalOutcome")]
public enum WithdrawalOutcome
{
    Ok = 0,
    NotFound = 1,
    AlreadyReviewed = 2,
}

namespace Cashless.Grains.Interfaces.Withdrawals;

[GenerateSerializer, Alias("Cashless.WithdrawalStatus")]
public enum WithdrawalStatus
{
    /// <summary>The money is held (debited); an admin pays it out or rejects it.</summary>
    Pending = 0,
    Completed = 1,

    /// <summary>The held money went back to the account.</summary>
    Rejected = 2,
}

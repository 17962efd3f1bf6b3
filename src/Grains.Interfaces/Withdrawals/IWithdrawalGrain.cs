namespace Cashless.Grains.Interfaces.Withdrawals;

/// <summary>The admin's review of one withdrawal, keyed by its id; serializes complete and reject.</summary>
[Alias("Cashless.IWithdrawalGrain")]
public interface IWithdrawalGrain : IGrainWithStringKey
{
    [Alias("Complete")]
    Task<WithdrawalResult> Complete(string adminId);

    /// <summary>Returns the held money to the account.</summary>
    [Alias("Reject")]
    Task<WithdrawalResult> Reject(string adminId, string reason);
}

using System.Text.Json.Serialization;
using Cashless.Grains.Interfaces.Withdrawals;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// A withdrawal. Its owner sees the account number masked (<c>****</c> and the last four digits); admins, who pay it
/// out, see it whole. <see cref="BalanceAfter"/> is only part of the answer to its creation.
/// </summary>
public sealed record WithdrawalResponse(
    string Id,
    string AccountId,
    WithdrawalStatus Status,
    long Amount,
    string BankCode,
    string AccountNumber,
    string AccountName,
    string? ReviewedBy,
    string? Reason,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? BalanceAfter = null)
{
    private const int VisibleDigits = 4;

    public static WithdrawalResponse ForOwner(WithdrawalRecord withdrawal, long? balanceAfter = null)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        return Of(withdrawal, Mask(withdrawal.AccountNumber), balanceAfter);
    }

    public static WithdrawalResponse ForAdmin(WithdrawalRecord withdrawal)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        return Of(withdrawal, withdrawal.AccountNumber, null);
    }

    public static string Mask(string accountNumber)
    {
        ArgumentNullException.ThrowIfNull(accountNumber);
        return accountNumber.Length <= VisibleDigits ? accountNumber : "****" + accountNumber[^VisibleDigits..];
    }

    private static WithdrawalResponse Of(WithdrawalRecord withdrawal, string accountNumber, long? balanceAfter) =>
        new WithdrawalResponse(withdrawal.Id, withdrawal.AccountId, withdrawal.Status, withdrawal.Amount.Rupiah,
            withdrawal.BankCode, accountNumber, withdrawal.AccountName, withdrawal.ReviewedBy, withdrawal.Reason,
            ApiTime.Of(withdrawal.CreatedAt), ApiTime.Of(withdrawal.UpdatedAt), balanceAfter);
}

using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// Pay <see cref="Amount"/> rupiah out to a bank account. <see cref="BankCode"/> is 2 to 10 lowercase ASCII letters
/// (the short codes Indonesian banks and Midtrans Iris use: bca, bni, bri, mandiri, permata, cimb, btn, danamon, …);
/// <see cref="AccountNumber"/> is 5 to 20 digits.
/// </summary>
public sealed record WithdrawalRequest(long Amount, string BankCode, string AccountNumber, string AccountName) : IJsonRequest<WithdrawalRequest>
{
    public const int MinBankCodeLength = 2;
    public const int MaxBankCodeLength = 10;
    public const int MinAccountNumberLength = 5;
    public const int MaxAccountNumberLength = 20;

    public static WithdrawalRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var amount = reader.RequiredAmount("amount", reader.Limits.SmallestWithdrawal, reader.Limits.MaxTransactionAmount);
        var (bankCode, accountNumber, accountName) = ReadBankAccount(reader);
        return new WithdrawalRequest(amount, bankCode, accountNumber, accountName);
    }

    /// <summary>The bank account fields of a payout (here, and when an account is closed).</summary>
    public static (string BankCode, string AccountNumber, string AccountName) ReadBankAccount(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return (
            reader.RequiredToken("bankCode", MinBankCodeLength, MaxBankCodeLength, char.IsAsciiLetterLower, "lowercase letters"),
            reader.RequiredToken("accountNumber", MinAccountNumberLength, MaxAccountNumberLength, char.IsAsciiDigit, "digits"),
            reader.RequiredName("accountName", RegisterRequest.MaxNameLength));
    }
}

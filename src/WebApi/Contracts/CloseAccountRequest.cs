using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// Where a closed account's balance goes: <see cref="ToWallet"/> (a user id or e-mail of another wallet), or the bank
/// account of <see cref="BankCode"/>, <see cref="AccountNumber"/> and <see cref="AccountName"/> (the withdrawal rules);
/// neither when the wallet is empty.
/// </summary>
public sealed record CloseAccountRequest(string? ToWallet, string? BankCode, string? AccountNumber, string? AccountName)
    : IJsonRequest<CloseAccountRequest>
{
    private static readonly string[] BankFields = ["bankCode", "accountNumber", "accountName"];

    public bool PaysToBank => BankCode is not null;

    public static CloseAccountRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var toWallet = reader.Has("toWallet") ? reader.RequiredString("toWallet", 1, JsonRequestReader.MaxEmailLength) : null;
        if (!BankFields.Any(reader.Has))
        {
            return new CloseAccountRequest(toWallet, null, null, null);
        }

        if (toWallet is not null)
        {
            reader.AddError("toWallet", "give toWallet or a bank account, not both");
        }

        var (bankCode, accountNumber, accountName) = WithdrawalRequest.ReadBankAccount(reader);
        return new CloseAccountRequest(null, bankCode, accountNumber, accountName);
    }
}

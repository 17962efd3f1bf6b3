using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// A bank transfer the user made (or will make) to the community's account, for an admin to find on the statement:
/// who sent it from which bank, and the reference they wrote on it.
/// </summary>
public sealed record BankTransferTopUpRequest(long Amount, string SenderBank, string SenderAccountName, string TransferReference)
    : IJsonRequest<BankTransferTopUpRequest>
{
    public const int MaxSenderBankLength = 50;
    public const int MaxReferenceLength = 100;

    public static BankTransferTopUpRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new BankTransferTopUpRequest(
            reader.RequiredAmount("amount", reader.Limits.SmallestTopUp, reader.Limits.MaxTransactionAmount),
            reader.RequiredName("senderBank", MaxSenderBankLength),
            reader.RequiredName("senderAccountName", RegisterRequest.MaxNameLength),
            reader.RequiredName("transferReference", MaxReferenceLength));
    }
}

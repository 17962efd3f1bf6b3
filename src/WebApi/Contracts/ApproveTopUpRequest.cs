using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>The optional body of an approval: <c>confirmDuplicate</c> approves a bank transfer whose reference another claim carries.</summary>
public sealed record ApproveTopUpRequest(bool ConfirmDuplicate) : IJsonRequest<ApproveTopUpRequest>
{
    public static ApproveTopUpRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ApproveTopUpRequest(reader.OptionalBoolean("confirmDuplicate") ?? false);
    }
}

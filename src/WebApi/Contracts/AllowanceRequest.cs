using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>Move <see cref="Amount"/> rupiah from the guardian's wallet to a linked student's, as an allowance.</summary>
public sealed record AllowanceRequest(long Amount, string? Description = null) : IJsonRequest<AllowanceRequest>
{
    public static AllowanceRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new AllowanceRequest(
            reader.RequiredAmount("amount", 1, reader.Limits.MaxTransactionAmount),
            reader.OptionalString("description", PaymentRequest.MaxDescriptionLength));
    }
}

using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>Give back <see cref="Amount"/> rupiah of a payment, with an optional reason the payer sees.</summary>
public sealed record RefundBody(long Amount, string? Reason = null) : IJsonRequest<RefundBody>
{
    public static RefundBody Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new RefundBody(
            reader.RequiredAmount("amount", 1, reader.Limits.MaxTransactionAmount),
            reader.OptionalString("reason", PaymentRequest.MaxDescriptionLength));
    }
}

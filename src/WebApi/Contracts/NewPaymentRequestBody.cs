using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>The till asks for <see cref="Amount"/> rupiah, with an optional note the buyer sees.</summary>
public sealed record NewPaymentRequestBody(long Amount, string? Description = null) : IJsonRequest<NewPaymentRequestBody>
{
    public static NewPaymentRequestBody Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new NewPaymentRequestBody(
            reader.RequiredAmount("amount", 1, reader.Limits.MaxTransactionAmount),
            reader.OptionalString("description", PaymentRequest.MaxDescriptionLength));
    }
}

using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>Pay <see cref="To"/> (a user id or e-mail of an active buyer or seller) <see cref="Amount"/> rupiah.</summary>
public sealed record PaymentRequest(string To, long Amount, string? Description = null) : IJsonRequest<PaymentRequest>
{
    public const int MaxDescriptionLength = 200;

    public static PaymentRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new PaymentRequest(
            reader.RequiredString("to", 1, JsonRequestReader.MaxEmailLength),
            reader.RequiredAmount("amount", 1, reader.Limits.MaxTransactionAmount),
            reader.OptionalString("description", MaxDescriptionLength));
    }
}

using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>An admin's reason for rejecting a bank-transfer top-up or a withdrawal; the user sees it.</summary>
public sealed record ReviewRejectionRequest(string Reason) : IJsonRequest<ReviewRejectionRequest>
{
    public const int MaxReasonLength = 200;

    public static ReviewRejectionRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ReviewRejectionRequest(reader.RequiredName("reason", MaxReasonLength));
    }
}

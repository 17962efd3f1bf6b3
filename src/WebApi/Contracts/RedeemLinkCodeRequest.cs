using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>A guardian redeems the code a student (or an admin) made; dashes and case do not matter.</summary>
public sealed record RedeemLinkCodeRequest(string Code) : IJsonRequest<RedeemLinkCodeRequest>
{
    /// <summary>A code as typed: ten characters with room for dashes and spaces.</summary>
    public const int MaxCodeLength = 32;

    public static RedeemLinkCodeRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new RedeemLinkCodeRequest(reader.RequiredString("code", 1, MaxCodeLength));
    }
}

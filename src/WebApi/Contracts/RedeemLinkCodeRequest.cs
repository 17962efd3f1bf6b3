using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>A guardian redeems the code a student (or an admin) made; dashes and case do not matter.</summary>
public sealed record RedeemLinkCodeRequest(string Code) : IJsonRequest<RedeemLinkCodeRequest>
{
    /// <summary>Longer than any code as shown (ten characters and a dash), with room for spaces a guardian typed.</summary>
    public const int MaxCodeLength = 32;

    public static RedeemLinkCodeRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new RedeemLinkCodeRequest(reader.RequiredString("code", 1, MaxCodeLength));
    }
}

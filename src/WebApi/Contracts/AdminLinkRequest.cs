using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>An admin links a guardian to a student directly.</summary>
public sealed record AdminLinkRequest(string GuardianId) : IJsonRequest<AdminLinkRequest>
{
    public static AdminLinkRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new AdminLinkRequest(reader.RequiredString("guardianId", 1, 100));
    }
}

using System.Net;
using System.Text.Json;

namespace Cashless.MidtransEmulator.Tests.Infrastructure;

/// <summary>An HTTP status and the parsed JSON body it came with.</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonElement Body)
{
    public string Field(string name) => Body.GetProperty(name).GetString()!;

    public bool Has(string name) => Body.TryGetProperty(name, out _);
}

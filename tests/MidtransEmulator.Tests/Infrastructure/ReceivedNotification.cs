using System.Text.Json;

namespace Cashless.MidtransEmulator.Tests.Infrastructure;

/// <summary>A POST that reached the <see cref="NotificationReceiver"/>.</summary>
public sealed record ReceivedNotification(string Path, string RawBody, JsonElement Body, string? UserAgent, string? ContentType)
{
    public string Field(string name) => Body.GetProperty(name).GetString()!;
}

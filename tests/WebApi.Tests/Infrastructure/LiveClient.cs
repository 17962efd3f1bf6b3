using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// A real SignalR client of the notification hub on a Kestrel port, keeping every <c>notification</c> and
/// <c>community</c> event it receives (pushes are not ordered: two events may arrive in either order). By default the
/// token goes as <c>?access_token=</c>, as a browser sends it.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<JsonElement> _notifications = new();
    private readonly ConcurrentQueue<JsonElement> _community = new();
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<JsonElement>("notification", _notifications.Enqueue);
        connection.On<JsonElement>("community", _community.Enqueue);
        connection.Closed += error =>
        {
            _closed.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    /// <summary>Completes when the server closes the connection.</summary>
    public Task<Exception?> Closed => _closed.Task;

    public static LiveClient Create(Uri baseAddress, string? token, bool tokenInQuery = true)
    {
        var url = new Uri(baseAddress, tokenInQuery && token is not null
            ? $"/hubs/notifications?access_token={Uri.EscapeDataString(token)}"
            : "/hubs/notifications");
        var connection = new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                if (!tokenInQuery && token is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                }
            })
            .Build();
        return new LiveClient(connection);
    }

    public static async Task<LiveClient> ConnectAsync(Uri baseAddress, string token, bool tokenInQuery = true)
    {
        var client = Create(baseAddress, token, tokenInQuery);
        await client.Connection.StartAsync();
        return client;
    }

    /// <summary>The <c>notification</c> of <paramref name="kind"/> about <paramref name="reference"/>, received or awaited.</summary>
    public Task<JsonElement> NotificationAsync(string kind, string? reference = null) =>
        ReceivedAsync(_notifications, kind, reference, "notification");

    public Task<JsonElement> CommunityEventAsync(string kind, string? reference = null) =>
        ReceivedAsync(_community, kind, reference, "community");

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private static async Task<JsonElement> ReceivedAsync(ConcurrentQueue<JsonElement> received, string kind, string? reference, string eventName)
    {
        JsonElement found = default;
        await Eventually.True(() =>
        {
            found = received.FirstOrDefault(item => item.GetProperty("kind").GetString() == kind
                && (reference is null || (item.TryGetProperty("reference", out var r) && r.GetString() == reference)));
            return Task.FromResult(found.ValueKind == JsonValueKind.Object);
        }, Deadline, $"a '{eventName}' event of kind {kind} about {reference ?? "anything"}");
        return found;
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cashless.MidtransEmulator.Tests.Infrastructure;

/// <summary>
/// A tiny webhook endpoint on a free loopback port that records every POST it gets and answers 200, or what
/// <see cref="Refuse"/> asked for.
/// </summary>
public sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Status, int Times)> _refusals = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private NotificationReceiver()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/{**path}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var raw = await reader.ReadToEndAsync();
            using var document = JsonDocument.Parse(raw);
            var received = new ReceivedNotification(
                request.Path, raw, document.RootElement.Clone(), request.Headers.UserAgent, request.ContentType);
            _received.Enqueue(received);
            return Refused(received.Field("order_id")) is { } status ? Results.StatusCode(status) : Results.Ok("OK");
        });
    }

    public Uri BaseAddress => EmulatorApp.BaseAddress(_app);

    public Uri Url => new(BaseAddress, "/notifications");

    public static async Task<NotificationReceiver> StartAsync()
    {
        var receiver = new NotificationReceiver();
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>Answers the next <paramref name="times"/> notifications of the order with <paramref name="status"/>.</summary>
    public void Refuse(string orderId, int status, int times)
    {
        lock (_gate)
        {
            _refusals[orderId] = (status, times);
        }
    }

    public IReadOnlyList<ReceivedNotification> For(string orderId) =>
        [.. _received.Where(n => n.Field("order_id") == orderId)];

    /// <summary>Waits until <paramref name="count"/> notifications for the order have arrived, and returns them in arrival order.</summary>
    public Task<IReadOnlyList<ReceivedNotification>> WaitForAsync(string orderId, int count) =>
        Eventually.Returns(() => For(orderId), got => got.Count >= count, TimeSpan.FromSeconds(5), $"{count} notification(s) for {orderId}");

    private int? Refused(string orderId)
    {
        lock (_gate)
        {
            if (!_refusals.TryGetValue(orderId, out var refusal) || refusal.Times == 0)
            {
                return null;
            }

            _refusals[orderId] = refusal with { Times = refusal.Times - 1 };
            return refusal.Status;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

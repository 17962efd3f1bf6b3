using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cashless.MidtransEmulator.Tests.Infrastructure;

/// <summary>A tiny webhook endpoint on a free loopback port that records every POST it gets and answers 200.</summary>
public sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();
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
            _received.Enqueue(new ReceivedNotification(
                request.Path, raw, document.RootElement.Clone(), request.Headers.UserAgent, request.ContentType));
            return Results.Ok("OK");
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

    public IReadOnlyList<ReceivedNotification> For(string orderId) =>
        [.. _received.Where(n => n.Field("order_id") == orderId)];

    /// <summary>Waits until <paramref name="count"/> notifications for the order have arrived, and returns them in arrival order.</summary>
    public Task<IReadOnlyList<ReceivedNotification>> WaitForAsync(string orderId, int count) =>
        Eventually.Returns(() => For(orderId), got => got.Count >= count, TimeSpan.FromSeconds(5), $"{count} notification(s) for {orderId}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

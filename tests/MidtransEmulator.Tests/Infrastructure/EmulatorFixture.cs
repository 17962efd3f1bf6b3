using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using Cashless.MidtransEmulator.Transactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.MidtransEmulator.Tests.Infrastructure;

/// <summary>
/// One emulator on a free loopback port, notifying a <see cref="NotificationReceiver"/>, shared by the tests of a
/// class. Tests keep apart by using fresh order ids. xunit calls <see cref="DisposeAsync"/> (stops the hosts) and
/// then <see cref="Dispose"/> (the client).
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime, IDisposable
{
    public const string ServerKey = "SB-Mid-server-TESTKEY";

    /// <summary>Few and quick retries of refused notifications, so that a test sees them all.</summary>
    public const int Retries = 2;

    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    private WebApplication? _app;
    private HttpClient? _client;
    private NotificationReceiver? _receiver;

    public NotificationReceiver Receiver => _receiver ?? throw NotStarted();

    public HttpClient Client => _client ?? throw NotStarted();

    public IServiceProvider Services => (_app ?? throw NotStarted()).Services;

    public EmulatorState State => Services.GetRequiredService<EmulatorState>();

    public static string NewOrderId() => "TOPUP-" + Guid.NewGuid().ToString("N");

    public static AuthenticationHeaderValue BasicAuth(string user) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user)));

    /// <summary>Whether a notification or status body is signed with <see cref="ServerKey"/> over its own fields.</summary>
    public static bool HasValidSignature(JsonElement message) =>
        message.GetProperty("signature_key").GetString() == Signature.Compute(
            message.GetProperty("order_id").GetString()!,
            message.GetProperty("status_code").GetString()!,
            message.GetProperty("gross_amount").GetString()!,
            ServerKey);

    public async Task InitializeAsync()
    {
        _receiver = await NotificationReceiver.StartAsync();
        _app = EmulatorApp.Create(new EmulatorOptions
        {
            ServerKey = ServerKey,
            NotificationUrl = _receiver.Url,
            NotificationRetries = Retries,
            NotificationRetryDelay = RetryDelay,
        });
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = EmulatorApp.BaseAddress(_app) };
    }

    public Task<ApiResponse> ChargeAsync(JsonObject body) => SendAsync(HttpMethod.Post, "/v2/charge", body);

    public Task<ApiResponse> StatusAsync(string id) => SendAsync(HttpMethod.Get, $"/v2/{id}/status");

    /// <summary>Charges a BCA VA for a fresh order id and returns that id.</summary>
    public async Task<string> NewPendingAsync(string bank = "bca")
    {
        var orderId = NewOrderId();
        var charge = await ChargeAsync(ChargeBodies.BankTransfer(orderId, bank));
        Assert.Equal("201", charge.Field("status_code"));
        return orderId;
    }

    public Task<ApiResponse> ControlAsync(string orderId, string action, string query = "") =>
        SendAsync(HttpMethod.Post, $"/_emulator/transactions/{orderId}/{action}{query}");

    /// <summary>Sends with the right Basic auth.</summary>
    public async Task<ApiResponse> SendAsync(
        HttpMethod method, string path, JsonNode? body = null, CancellationToken cancellationToken = default)
    {
        using var request = Request(method, path, body);
        request.Headers.Authorization = BasicAuth(ServerKey + ":");
        return await SendAsync(request, cancellationToken);
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        using var response = await Client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return new ApiResponse(response.StatusCode, document.RootElement.Clone());
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, JsonNode? body = null) =>
        new(method, new Uri(path, UriKind.Relative))
        {
            Content = body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    public void Dispose() => _client?.Dispose();

    private static InvalidOperationException NotStarted() => new("The fixture has not been initialized.");
}

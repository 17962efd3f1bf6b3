using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Cashless.TestSupport;

/// <summary>
/// A thin JSON client of the REST contract, for tests that start the server as a real process. Paths are relative to
/// the server's root (<c>api/v1/wallet</c>, <c>metrics</c>).
/// </summary>
public sealed class ApiClient(Uri baseAddress, string? name = null) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => baseAddress;

    /// <summary>Which server this is, for messages (the node's name in a cluster).</summary>
    public string Name => name ?? baseAddress.Authority;

    public void Dispose() => _http.Dispose();

    public async Task<string> Login(string email, string password)
    {
        var (status, body) = await Send(HttpMethod.Post, "api/v1/auth/login", null, new { email, password });
        return status == 200 ? body!["token"]!.GetValue<string>() : throw new InvalidOperationException($"login: {status} {body}");
    }

    public async Task<string> Register(string name, string email, string password, string role)
    {
        var (status, body) = await Send(HttpMethod.Post, "api/v1/auth/register", null, new { name, email, password, role });
        return status == 201 ? body!["id"]!.GetValue<string>() : throw new InvalidOperationException($"register: {status} {body}");
    }

    public async Task TopUp(string adminToken, string userId, long amount)
    {
        var (status, body) = await Send(HttpMethod.Post, "api/v1/admin/topups", adminToken, new { userId, amount }, $"topup-{userId}");
        if (status != 201)
        {
            throw new InvalidOperationException($"top-up: {status} {body}");
        }
    }

    public async Task<long> Balance(string token)
    {
        var (status, body) = await Send(HttpMethod.Get, "api/v1/wallet", token);
        return status == 200 ? body!["balance"]!.GetValue<long>() : throw new InvalidOperationException($"wallet: {status} {body}");
    }

    public async Task<(int Status, JsonNode? Body)> Send(
        HttpMethod method, string path, string? token, object? json = null, string? idempotencyKey = null)
    {
        var (response, body) = await SendRaw(method, path, token, json, idempotencyKey);
        response.Dispose();
        return ((int)response.StatusCode, body);
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> SendRaw(
        HttpMethod method, string path, string? token, object? json = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (json is not null)
        {
            request.Content = JsonContent.Create(json);
        }

        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var isJson = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
        return (response, isJson && !string.IsNullOrWhiteSpace(text) ? JsonNode.Parse(text) : null);
    }

    public Task<string> Raw(string path) => _http.GetStringAsync(new Uri(path, UriKind.Relative));

    /// <summary>The server's /metrics, summed over the series of <paramref name="metric"/> whose labels contain <paramref name="labels"/>.</summary>
    public async Task<double> Metric(string metric, string labels = "") => PrometheusText.Sum(await Raw("metrics"), metric, labels);
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>A thin JSON client of the REST contract, on one front silo.</summary>
public sealed class ApiClient(NodeProcess front) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = front.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };

    public NodeProcess Front => front;

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

    /// <summary>The node's /metrics, summed over the series of <paramref name="name"/> whose labels contain <paramref name="labels"/>.</summary>
    public async Task<double> Metric(string name, string labels = "")
    {
        var text = await _http.GetStringAsync(new Uri("metrics", UriKind.Relative));
        return PrometheusText.Sum(text, name, labels);
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cashless.System.Tests;

/// <summary>A thin JSON client of the REST contract for process-level tests.</summary>
public sealed class ApiClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseAddress, "api/v1/"), Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => _http.Dispose();

    public async Task<string> Login(string email, string password)
    {
        var (_, body) = await Send(HttpMethod.Post, "auth/login", null, new { email, password });
        return body!["token"]!.GetValue<string>();
    }

    public async Task<string> Register(string name, string email, string password, string role)
    {
        var (status, body) = await Send(HttpMethod.Post, "auth/register", null, new { name, email, password, role });
        return status == 201 ? body!["id"]!.GetValue<string>() : throw new InvalidOperationException($"register: {status} {body}");
    }

    public async Task<long> Balance(string token)
    {
        var (_, body) = await Send(HttpMethod.Get, "wallet", token);
        return body!["balance"]!.GetValue<long>();
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
        return (response, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text, documentOptions: new JsonDocumentOptions()));
    }
}

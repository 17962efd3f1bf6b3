using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cashless.Console.Tests.Infrastructure;

/// <summary>The REST API as the tests use it to make their data before the browser looks at it.</summary>
public sealed class SeedApi(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseAddress, "api/v1/") };

    public const string Password = "Password-123";

    /// <summary>A fresh address (the server's database is fresh too, so eight hex digits are plenty).</summary>
    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)] + "@console.test";

    /// <summary>Signs up a buyer or a seller and returns its token.</summary>
    public async Task<string> SignUpAsync(string name, string email, string role)
    {
        await SendAsync(HttpMethod.Post, "auth/register", null, new { name, email, password = Password, role });
        return await LoginAsync(email, Password);
    }

    public async Task<string> LoginAsync(string email, string password)
    {
        var answer = await SendAsync(HttpMethod.Post, "auth/login", null, new { email, password });
        return answer.GetProperty("token").GetString()!;
    }

    public Task<JsonElement> PostAsync(string path, string token, object? body = null, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, path, token, body, idempotencyKey);

    public Task<JsonElement> GetAsync(string path, string token) => SendAsync(HttpMethod.Get, path, token, null);

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string? token, object? body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

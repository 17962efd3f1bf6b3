using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>Small helpers to send raw JSON and to read answers as JSON without any lenient binding in between.</summary>
internal static class Api
{
    public static StringContent Json(string raw) => new(raw, Encoding.UTF8, "application/json");

    public static StringContent Json(object value) => Json(JsonSerializer.Serialize(value, JsonSerializerOptions.Web));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem with the contract's code, and returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        var problem = document.RootElement.Clone();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        return problem;
    }

    /// <summary>Asserts a 400 <c>validation_failed</c> that names <paramref name="field"/> in <c>errors</c>.</summary>
    public static async Task<JsonElement> AssertValidationAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for '{field}' in {errors}");
        Assert.True(messages.GetArrayLength() > 0);
        return problem;
    }

    public static HttpRequestMessage Post(string path, HttpContent? content = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    public static void UseToken(this HttpClient client, string token) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public static string NewEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.test";

    public static DateTimeOffset ReadTime(this JsonElement element)
    {
        var text = element.GetString()!;
        Assert.EndsWith("Z", text, StringComparison.Ordinal);
        return DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }
}

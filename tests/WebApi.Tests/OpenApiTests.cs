using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class OpenApiTests(ApiFixture app)
{
    [Fact]
    public async Task Document_DescribesEveryEndpoint()
    {
        using var response = await app.Anonymous().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadJsonAsync();
        var paths = document.GetProperty("paths");
        (string Path, string Method)[] expected =
        [
            ("/api/v1/auth/register", "post"), ("/api/v1/auth/login", "post"), ("/api/v1/auth/logout", "post"),
            ("/api/v1/auth/password", "post"), ("/api/v1/me", "get"), ("/api/v1/wallet", "get"),
            ("/api/v1/wallet/transactions", "get"), ("/api/v1/payments", "post"), ("/api/v1/payments/{id}", "get"),
            ("/api/v1/admin/topups", "post"), ("/api/v1/admin/users", "get"), ("/api/v1/admin/users", "post"),
            ("/api/v1/admin/users/{id}/freeze", "post"), ("/api/v1/admin/users/{id}/unfreeze", "post"),
            ("/health/live", "get"), ("/health/ready", "get"),
        ];
        foreach (var (path, method) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not documented");
            Assert.True(item.TryGetProperty(method, out _), $"{method} {path} is not documented");
        }

        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
        var pay = paths.GetProperty("/api/v1/payments").GetProperty("post");
        Assert.True(pay.TryGetProperty("requestBody", out _), "POST /payments has no request body");
        Assert.Contains(pay.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
        Assert.True(pay.TryGetProperty("security", out _));
    }

    [Fact]
    public async Task DocsPage_IsServed()
    {
        var client = app.Anonymous();
        var response = await client.GetAsync("/docs");
        for (var hops = 0; hops < 3 && response.StatusCode is HttpStatusCode.Found or HttpStatusCode.MovedPermanently; hops++)
        {
            var location = response.Headers.Location!;
            response.Dispose();
            response = await client.GetAsync(location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost/docs"), location));
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        response.Dispose();
    }
}

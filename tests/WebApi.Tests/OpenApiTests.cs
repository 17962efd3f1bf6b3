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
            ("/api/v1/topups/virtual-account", "post"), ("/api/v1/topups/bank-transfer", "post"), ("/api/v1/topups", "get"),
            ("/api/v1/topups/{id}", "get"), ("/api/v1/admin/topups", "get"), ("/api/v1/admin/topups/{id}", "get"),
            ("/api/v1/admin/topups/{id}/approve", "post"), ("/api/v1/admin/topups/{id}/reject", "post"),
            ("/api/v1/midtrans/notifications", "post"), ("/api/v1/withdrawals", "post"), ("/api/v1/withdrawals", "get"),
            ("/api/v1/withdrawals/{id}", "get"), ("/api/v1/admin/withdrawals", "get"),
            ("/api/v1/admin/withdrawals/{id}/complete", "post"), ("/api/v1/admin/withdrawals/{id}/reject", "post"),
            ("/api/v1/notifications", "get"), ("/api/v1/notifications/{id}/read", "post"), ("/api/v1/notifications/read-all", "post"),
            ("/api/v1/reports/cash-flow", "get"), ("/api/v1/admin/reports/overview", "get"), ("/api/v1/admin/reports/cash-flow", "get"),
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
        foreach (var (path, method) in expected.Where(operation => operation.Path.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            var unavailable = paths.GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty("503");
            Assert.Contains("service_unavailable", unavailable.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.True(unavailable.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{method} {path}: 503 without Retry-After");
        }
    }

    [Fact]
    public async Task Document_DescribesTheMoneyInAndOutEndpoints()
    {
        using var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        var paths = (await response.ReadJsonAsync()).GetProperty("paths");

        var charge = paths.GetProperty("/api/v1/topups/virtual-account").GetProperty("post");
        Assert.Equal("CreateVirtualAccountTopUp", charge.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrEmpty(charge.GetProperty("summary").GetString()));
        foreach (var status in new[] { "201", "400", "401", "403", "422", "502", "503" })
        {
            Assert.True(charge.GetProperty("responses").TryGetProperty(status, out _), $"virtual-account top-up does not document {status}");
        }

        var notification = paths.GetProperty("/api/v1/midtrans/notifications").GetProperty("post");
        Assert.False(notification.TryGetProperty("security", out _), "the Midtrans notification must not ask for a bearer token");
        Assert.Contains("signature_key", notification.GetProperty("description").GetString(), StringComparison.Ordinal);
        foreach (var status in new[] { "200", "401", "404", "503" })
        {
            Assert.True(notification.GetProperty("responses").TryGetProperty(status, out _), $"the notification does not document {status}");
        }

        var body = notification.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.True(body.TryGetProperty("$ref", out _) || body.TryGetProperty("properties", out _));
        var approve = paths.GetProperty("/api/v1/admin/topups/{id}/approve").GetProperty("post");
        Assert.True(approve.GetProperty("responses").TryGetProperty("409", out _));
        foreach (var path in new[] { "/api/v1/topups/virtual-account", "/api/v1/topups/bank-transfer", "/api/v1/withdrawals", "/api/v1/admin/topups/{id}/approve" })
        {
            var parameters = paths.GetProperty(path).GetProperty("post").GetProperty("parameters").EnumerateArray();
            Assert.Single(parameters, p => p.GetProperty("name").GetString() == "Idempotency-Key");
        }
    }

    [Fact]
    public async Task Document_DescribesReportsAsJsonOrCsvAndTheHubInItsDescription()
    {
        using var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        var document = await response.ReadJsonAsync();
        var paths = document.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/reports/cash-flow", "/api/v1/admin/reports/cash-flow" })
        {
            var content = paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.True(content.TryGetProperty("application/json", out var json), $"{path} has no JSON answer");
            Assert.True(json.GetProperty("schema").TryGetProperty("$ref", out _));
            Assert.True(content.TryGetProperty("text/csv", out _), $"{path} has no CSV answer");
        }

        var overview = paths.GetProperty("/api/v1/admin/reports/overview").GetProperty("get");
        Assert.Equal("GetCommunityOverview", overview.GetProperty("operationId").GetString());
        var readAll = paths.GetProperty("/api/v1/notifications/read-all").GetProperty("post").GetProperty("responses");
        Assert.True(readAll.TryGetProperty("200", out _));
        Assert.True(paths.GetProperty("/api/v1/notifications/{id}/read").GetProperty("post").GetProperty("responses").TryGetProperty("204", out _));
        Assert.False(paths.EnumerateObject().Any(p => p.Name.StartsWith("/hubs", StringComparison.Ordinal)), "the hub is not an HTTP operation");
        var description = document.GetProperty("info").GetProperty("description").GetString()!;
        Assert.Contains("/hubs/notifications", description, StringComparison.Ordinal);
        Assert.Contains("access_token", description, StringComparison.Ordinal);
        Assert.Contains("OpenAPI cannot describe a SignalR hub", description, StringComparison.Ordinal);
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

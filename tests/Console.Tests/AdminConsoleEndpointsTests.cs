using System.Net;
using Cashless.Console.Tests.Infrastructure;

namespace Cashless.Console.Tests;

/// <summary>How the WebApi serves the console's files: headers, caching, and nothing outside wwwroot/admin.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class AdminConsoleEndpointsTests(ConsoleFixture fixture)
{
    [Theory]
    [InlineData("admin")]
    [InlineData("admin/")]
    [InlineData("admin/index.html")]
    public async Task GetPage_ServesHtmlWithPolicyAndNoStore(string path)
    {
        using var http = new HttpClient { BaseAddress = fixture.Server.BaseAddress };

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("<title>Cashless admin</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetScript_IsRevalidatedByEntityTag()
    {
        using var http = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        using var first = await http.GetAsync(new Uri("admin/vendor/signalr.min.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.NoCache);
        Assert.StartsWith("/*! @microsoft/signalr", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "admin/vendor/signalr.min.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await http.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("admin/missing.js")]
    [InlineData("admin/vendor")]
    [InlineData("admin/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("admin/..%2f..%2fappsettings.json")]
    public async Task GetFile_OutsideTheConsole_IsNotFound(string path)
    {
        using var http = new HttpClient { BaseAddress = fixture.Server.BaseAddress };

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

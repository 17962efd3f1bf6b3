using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Cashless.System.Tests;

/// <summary>
/// The published WebApi started as a service manager would, from another working directory (<c>/</c>) and with no
/// content root named: it must still read the settings and serve the pages of its own folder, keep its data there,
/// and say at start-up which configuration files it read.
/// </summary>
public sealed class StartedElsewhereTests : IDisposable
{
    private readonly string _app = Directory.CreateTempSubdirectory("cashless-published-").FullName;

    public void Dispose() => Directory.Delete(_app, recursive: true);

    [Fact]
    public async Task PublishedApp_StartedFromRoot_ReadsItsSettingsServesTheConsoleAndKeepsItsDataBesideIt()
    {
        await Publish(_app);
        // A setting only this copy has, in the environment's file beside the app: it must take effect.
        await File.WriteAllTextAsync(Path.Combine(_app, "appsettings.Production.json"),
            """{ "Registration": { "AllowSellerSignup": false } }""");

        await using var api = await WebApiProcess.StartAsync(Path.Combine(_app, "Cashless.WebApi.dll"), "/",
            [new("Logging__Console__FormatterName", "json")]);
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        using var page = await http.GetAsync(new Uri("admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        using var client = new ApiClient(api.BaseAddress);
        var (status, problem) = await client.Send(HttpMethod.Post, "api/v1/auth/register", null,
            new { name = "Kantin", email = $"kantin-{Guid.NewGuid():N}@school.test", password = "Tempe-Goreng-77", role = "seller" });
        Assert.Equal(403, status);
        Assert.Equal("forbidden", problem?["code"]?.GetValue<string>());

        Assert.True(File.Exists(Path.Combine(_app, "data", "cashless.db")), "the default database lives in the app's data folder");
        // One JSON object per line; the configuration files named; no line per request at the shipped log levels.
        var logs = api.Output.Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Contains(logs, log => log["Message"]!.GetValue<string>() is var message
            && message.Contains($"Content root {_app}", StringComparison.Ordinal)
            && message.Contains(Path.Combine(_app, "appsettings.json"), StringComparison.Ordinal)
            && message.Contains(Path.Combine(_app, "appsettings.Production.json"), StringComparison.Ordinal));
        Assert.DoesNotContain(logs, log => log["Category"]!.GetValue<string>().StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
            && log["LogLevel"]!.GetValue<string>() == "Information");
    }

    [Fact]
    public async Task PublishedApp_CarriesNoCompiler()
    {
        await Publish(_app);
        foreach (var pattern in (string[])["Microsoft.CodeAnalysis*.dll", "Humanizer*.dll", "System.Composition*.dll"])
        {
            Assert.Empty(Directory.GetFiles(_app, pattern));
        }
    }

    /// <summary>Publishes the WebApi this test project was built with (no second build) into <paramref name="folder"/>.</summary>
    private static async Task Publish(string folder)
    {
        var project = Repository.PathOf("src", "WebApi", "WebApi.csproj");
        var info = new ProcessStartInfo("dotnet", ["publish", project, "--no-build", "-c", WebApiProcess.BuildConfiguration, "-o", folder, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var publish = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet publish");
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed: {await output}{await errors}");
    }
}

using System.Text.RegularExpressions;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests;

/// <summary>
/// docs/api.md is the contract a client developer reads: every route the app maps has its row there, and every row
/// names a route the app maps. A row is <c>| METHOD | `/path` | ...</c> (METHOD is ANY for a route of every method);
/// and every error code of ErrorCodes.cs is in its list.
/// </summary>
[Collection(SharedApi.Name)]
public sealed partial class ApiDocumentationTests(ApiFixture app)
{
    [Fact]
    public void Routes_MappedByTheApp_AreExactlyTheRoutesDocumented()
    {
        var mapped = MappedRoutes();
        var documented = DocumentedRoutes();

        var undocumented = mapped.Except(documented).Order().ToList();
        var unmapped = documented.Except(mapped).Order().ToList();
        Assert.True(undocumented.Count == 0, "mapped but not in docs/api.md:\n" + string.Join("\n", undocumented));
        Assert.True(unmapped.Count == 0, "in docs/api.md but not mapped:\n" + string.Join("\n", unmapped));
    }

    [Fact]
    public void ErrorCodes_InTheCode_AreEachDocumented()
    {
        var text = File.ReadAllText(ApiDocument());
        var codes = typeof(Cashless.WebApi.Errors.ErrorCodes)
            .GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(codes, code => Assert.Contains($"`{code}`", text, StringComparison.Ordinal));
    }

    /// <summary>"METHOD /path" of every route endpoint, with the route's parameters as written in its pattern.</summary>
    private HashSet<string> MappedRoutes()
    {
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            var path = Normalized(route.RoutePattern.RawText ?? "");
            var methods = route.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            foreach (var method in methods is { Count: > 0 } ? methods : ["ANY"])
            {
                found.Add($"{method} {path}");
            }
        }

        return found;
    }

    private static HashSet<string> DocumentedRoutes() =>
        File.ReadLines(ApiDocument()).Select(line => RouteRow().Match(line)).Where(m => m.Success)
            .Select(m => $"{m.Groups["method"].Value} {Normalized(m.Groups["path"].Value)}")
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A group's root is mapped as "/api/v1/payments/"; either way of writing it counts as the same route.</summary>
    private static string Normalized(string path) => "/" + path.Trim('/');

    private static string ApiDocument() => Repository.PathOf("docs", "api.md");

    [GeneratedRegex(@"^\| (?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) \| `(?<path>/[^`]*)` \|")]
    private static partial Regex RouteRow();
}

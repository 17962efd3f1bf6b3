using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Cashless.WebApi.Admin;

/// <summary>
/// The admin console: static files under <c>wwwroot/admin</c>, served at <c>/admin</c> and <c>/admin/*</c>. The page
/// holds no secret and no power of its own: it signs in through <c>/api/v1/auth/login</c> and does everything through the
/// REST endpoints with the admin's bearer token, so it can do nothing the API would refuse.
/// </summary>
public static class AdminConsoleEndpoints
{
    public const string Path = "/admin";
    public const string IndexFile = "index.html";

    /// <summary>
    /// Scripts, styles and the SignalR connection come from this origin only; nothing is inline and nothing is fetched
    /// from elsewhere, so an injected string can neither run nor phone home. <c>connect-src 'self'</c> covers the
    /// same-origin WebSocket of the live feed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapAdminConsole(this IEndpointRouteBuilder app) =>
        MapStaticPage(app, Path, "admin", "AdminConsole", "The admin web console (HTML); it works only through this API");

    /// <summary>
    /// A page of static files in <c>wwwroot/{folder}</c> served at <paramref name="path"/> and below it, under the same
    /// headers as the console (the till page is one too).
    /// </summary>
    public static IEndpointRouteBuilder MapStaticPage(IEndpointRouteBuilder app, string path, string folder, string name, string summary)
    {
        ArgumentNullException.ThrowIfNull(app);
        var environment = app.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var files = new PageFiles(environment, folder);

        app.MapGet(path, (HttpContext http) => files.Serve(http, IndexFile))
            .WithTags("Console")
            .WithName(name)
            .WithSummary(summary)
            .Produces(StatusCodes.Status200OK, contentType: "text/html");

        app.MapGet(path + "/{**file}", (HttpContext http, string? file) => files.Serve(http, string.IsNullOrEmpty(file) ? IndexFile : file))
            .ExcludeFromDescription();

        return app;
    }

    /// <summary>A page's folder, read through the web root's file provider (which refuses paths that climb out).</summary>
    private sealed class PageFiles(IWebHostEnvironment environment, string folder)
    {
        public IResult Serve(HttpContext http, string file)
        {
            var info = environment.WebRootFileProvider.GetFileInfo($"{folder}/{file}");
            if (!info.Exists || info.IsDirectory || !ContentTypes.TryGetContentType(file, out var contentType))
            {
                return ApiProblem.NotFound("There is nothing at this path.");
            }

            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // The page must never be stale after a deployment; the other files are revalidated by their ETag.
            headers.CacheControl = file == IndexFile ? "no-store" : "no-cache";

            var lastModified = info.LastModified;
            var entityTag = new EntityTagHeaderValue($"\"{lastModified.UtcTicks:x}-{info.Length:x}\"");
            return info.PhysicalPath is { } path
                ? TypedResults.PhysicalFile(path, contentType, lastModified: lastModified, entityTag: entityTag)
                : TypedResults.Stream(info.CreateReadStream(), contentType, lastModified: lastModified, entityTag: entityTag);
        }
    }
}

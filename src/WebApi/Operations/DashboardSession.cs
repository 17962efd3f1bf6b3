using System.Security.Claims;
using Cashless.WebApi.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Operations;

/// <summary>
/// Lets a browser open the dashboard. Its pages and data calls cannot send a bearer header, so an admin first posts
/// their token to <c>POST /dashboard/session</c> (with that header); the answer sets it as an HttpOnly, SameSite=Strict
/// cookie limited to <see cref="Path"/>, and <see cref="PromoteCookie"/> turns the cookie back into the header for the
/// dashboard's GETs only. The token is then checked exactly as a header would be (signature, expiry, revocation,
/// admin role), so logging out ends the dashboard session too.
/// </summary>
public static class DashboardSession
{
    public const string Path = "/dashboard";
    public const string CookieName = "cashless_dashboard";
    private const string BearerPrefix = "Bearer ";

    public static IEndpointRouteBuilder MapDashboardSession(this IEndpointRouteBuilder app)
    {
        app.MapPost($"{Path}/session", Start).RequireAuthorization(AuthPolicies.Admin).ExcludeFromDescription();
        app.MapDelete($"{Path}/session", End).ExcludeFromDescription();
        return app;
    }

    /// <summary>For GET and HEAD under <see cref="Path"/> without an Authorization header: the cookie's token becomes one.</summary>
    public static void PromoteCookie(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase)
            && request.Headers.Authorization.Count == 0
            && request.Cookies.TryGetValue(CookieName, out var token) && !string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = BearerPrefix + token;
        }
    }

    private static NoContent Start(HttpContext context, ClaimsPrincipal principal)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : "";
        context.Response.Cookies.Append(CookieName, token, Options(context, principal.ExpiresAt()));
        return TypedResults.NoContent();
    }

    private static NoContent End(HttpContext context)
    {
        context.Response.Cookies.Delete(CookieName, Options(context, expires: null));
        return TypedResults.NoContent();
    }

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expires) => new()
    {
        Path = Path,
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Expires = expires,
    };
}

using System.Globalization;
using System.Security.Claims;

namespace Cashless.WebApi.Auth;

/// <summary>The claim names of the access token, read as they are (inbound claim mapping is off).</summary>
public static class JwtClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string TokenId = "jti";
    public const string Expires = "exp";

    public static string UserId(this ClaimsPrincipal principal) => Required(principal, Subject);

    public static string TokenIdOf(this ClaimsPrincipal principal) => Required(principal, TokenId);

    public static DateTimeOffset ExpiresAt(this ClaimsPrincipal principal) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(Required(principal, Expires), CultureInfo.InvariantCulture));

    private static string Required(ClaimsPrincipal principal, string type)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirstValue(type)
            ?? throw new InvalidOperationException($"The authenticated principal has no '{type}' claim.");
    }
}

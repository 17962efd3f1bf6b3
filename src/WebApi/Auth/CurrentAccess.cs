using System.Security.Claims;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Sessions;

namespace Cashless.WebApi.Auth;

/// <summary>
/// Turns a token's claims into what its user may do now: the role comes from the cluster (<see cref="SessionAccess"/>),
/// not from the token, and a frozen account keeps only the roles in <see cref="RoleNames.KeptWhenFrozen"/> (a wallet
/// holder may still log in and read); any other role, admin included, gives no power while frozen.
/// </summary>
public static class CurrentAccess
{
    private static readonly object SuspendedKey = new();

    /// <summary>The principal with the current role claim (or none), and whether a role was withheld for a freeze.</summary>
    public static ClaimsPrincipal Apply(ClaimsPrincipal token, AccountRole role, AccountStatus status, out bool suspended)
    {
        ArgumentNullException.ThrowIfNull(token);
        var name = RoleNames.Of(role);
        suspended = status == AccountStatus.Frozen && !RoleNames.KeptWhenFrozen.Contains(name);
        if (!suspended && token.Claims.Count(claim => claim.Type == JwtClaims.Role) == 1 && token.IsInRole(name))
        {
            // The token already carries exactly the current role (most requests): no copy of its claims per request.
            return token;
        }

        var identity = new ClaimsIdentity(
            token.Claims.Where(claim => claim.Type != JwtClaims.Role),
            token.Identity?.AuthenticationType,
            JwtClaims.Subject,
            JwtClaims.Role);
        if (!suspended)
        {
            identity.AddClaim(new Claim(JwtClaims.Role, name));
        }

        return new ClaimsPrincipal(identity);
    }

    public static void MarkSuspended(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[SuspendedKey] = true;
    }

    /// <summary>Whether this request's user holds a role it may not use while its account is frozen.</summary>
    public static bool IsSuspended(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.ContainsKey(SuspendedKey);
    }
}

using System.Security.Claims;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;

namespace Cashless.WebApi.Till;

/// <summary>Whose till the caller works: a seller its own, a cashier its seller's.</summary>
public static class TillSeller
{
    /// <summary>The seller's id, or null for a cashier that is disabled (its tokens are revoked too) or no longer linked.</summary>
    public static async Task<string?> OfAsync(ClaimsPrincipal principal, ITillStore till, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(till);
        var userId = principal.UserId();
        if (principal.FindFirst(JwtClaims.Role)?.Value != RoleNames.Cashier)
        {
            return userId;
        }

        var cashier = await till.GetCashierAsync(userId, ct);
        return cashier is { Disabled: false } ? cashier.SellerId : null;
    }
}

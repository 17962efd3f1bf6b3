using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Cashless.WebApi.Auth;

/// <summary>
/// A 403 for a user whose role was withheld because the account is frozen says so (<c>account_frozen</c>): the caller
/// may know its own status. Every other authorization answer is the framework's.
/// </summary>
public sealed class SuspendedRoleResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        return authorizeResult.Forbidden && CurrentAccess.IsSuspended(context)
            ? ApiProblem.WriteAsync(context, ApiProblem.Details(StatusCodes.Status403Forbidden, ErrorCodes.AccountFrozen,
                "This account is frozen; its role gives no power until it is unfrozen."))
            : _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Sessions;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Cashless.WebApi.Auth;

/// <summary>
/// Checks every validated token against the user's revocation list and current role and status (one grain call, so
/// every node agrees and a freeze or a demotion applies to the next request; authorization then uses the current role,
/// not the token's), and turns each refusal into the contract's 401: <c>missing_token</c>, or <c>invalid_token</c>
/// with the reason as detail. On the hubs' path (the notification hub) only, the token may come as <c>?access_token=</c>: browsers cannot set headers on a
/// WebSocket or an EventSource.
/// </summary>
public sealed class CashlessJwtBearerEvents(IGrainFactory grains) : JwtBearerEvents
{
    public const string AccessTokenQuery = "access_token";

    /// <summary>Where the SignalR hubs are mapped: the one place a token may come in the query string.</summary>
    public const string HubsPath = "/hubs";

    public override Task MessageReceived(MessageReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (request.Path.StartsWithSegments(HubsPath, StringComparison.OrdinalIgnoreCase)
            && request.Query.TryGetValue(AccessTokenQuery, out var token) && !string.IsNullOrEmpty(token))
        {
            context.Token = token.ToString();
        }

        return Task.CompletedTask;
    }

    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TokenFailure.Set(context.HttpContext, TokenFailure.Classify(context.Exception));
        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var userId = principal?.FindFirst(JwtClaims.Subject)?.Value;
        var tokenId = principal?.FindFirst(JwtClaims.TokenId)?.Value;
        var role = principal?.FindFirst(JwtClaims.Role)?.Value;
        if (string.IsNullOrEmpty(userId) || role is null || !RoleNames.All.ContainsKey(role)
            || !TokenIds.TryGetIssuedAt(tokenId, out var issuedAt))
        {
            Refuse(context, TokenFailure.Malformed);
            return;
        }

        var access = await grains.Reference<ISessionGrain>(userId).Check(tokenId!, issuedAt);
        if (access.Revoked || access.Role is not { } current)
        {
            Refuse(context, TokenFailure.Revoked);
            return;
        }

        context.Principal = CurrentAccess.Apply(principal!, current, access.Status, out var suspended);
        if (suspended)
        {
            CurrentAccess.MarkSuspended(context.HttpContext);
        }
    }

    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HandleResponse();
        var http = context.HttpContext;
        var reason = TokenFailure.Get(http) ?? (context.AuthenticateFailure is null ? null : TokenFailure.Malformed);
        if (reason is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await ApiProblem.WriteAsync(http, ApiProblem.Details(
                StatusCodes.Status401Unauthorized, ErrorCodes.MissingToken, "This request needs a bearer token."));
            return;
        }

        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await ApiProblem.WriteAsync(http, ApiProblem.Details(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidToken, reason));
    }

    private static void Refuse(TokenValidatedContext context, string reason)
    {
        TokenFailure.Set(context.HttpContext, reason);
        context.Fail(reason);
    }
}

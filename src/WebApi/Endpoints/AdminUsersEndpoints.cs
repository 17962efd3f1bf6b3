using System.Security.Claims;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Sessions;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

/// <summary>The admin's view of users: search, create (sellers, admins), freeze and unfreeze, role, sessions.</summary>
public static class AdminUsersEndpoints
{
    public const int MaxQueryLength = 100;

    public static IEndpointRouteBuilder MapAdminUsersEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/admin/users", "Admin", AuthPolicies.Admin);

        group.MapGet("/", ListUsers)
            .WithName("ListUsers")
            .WithSummary("Find users by part of name or e-mail, and by role, newest first")
            .ProducesValidationProblem();

        group.MapPost("/", CreateUser)
            .WithName("CreateUser")
            .WithSummary("Create a user of any role: a seller, another admin, a buyer")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id}/freeze", Freeze)
            .WithName("FreezeUser")
            .WithSummary("Freeze a wallet: it can still log in and read, but neither pay nor receive")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/unfreeze", Unfreeze)
            .WithName("UnfreezeUser")
            .WithSummary("Make a frozen wallet active again")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/role", ChangeRole)
            .WithName("ChangeUserRole")
            .WithSummary("Give a user another role; it applies to the user's very next request, whatever its token says")
            .WithDescription(
                "Changing between a wallet role (buyer, seller) and one without a wallet (admin), or to or from guardian (whose "
                + "wallet only funds allowances), needs an empty wallet: 409 account_not_empty otherwise. An admin cannot change their own role (403 forbidden).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem();

        group.MapPost("/{id}/sessions/revoke", RevokeSessions)
            .WithName("RevokeUserSessions")
            .WithSummary("End every session of a user: each token issued so far is refused from now on")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> ChangeRole(
        string id, JsonBody<ChangeRoleRequest> body, ClaimsPrincipal principal, IGrainFactory grains, IUserStore users, CancellationToken ct)
    {
        if (id == principal.UserId())
        {
            return ApiProblem.Forbidden("An admin cannot change their own role; another admin can.");
        }

        if (await users.GetUserAsync(id, ct) is null)
        {
            return ApiProblem.NotFound("No such user.");
        }

        var outcome = await grains.Reference<IAccountGrain>(id).ChangeRole(body.Value.Role);
        return outcome == LedgerOutcome.Ok ? await CurrentAsync(id, users, ct) : OutcomeProblems.ToProblem(outcome);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeSessions(
        string id, IGrainFactory grains, IUserStore users, CancellationToken ct)
    {
        if (await users.GetUserAsync(id, ct) is null)
        {
            return ApiProblem.NotFound("No such user.");
        }

        await grains.Reference<ISessionGrain>(id).RevokeAll(keepTokenId: null);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<PageResponse<UserResponse>>, ProblemHttpResult>> ListUsers(
        IUserStore users, string? query, string? role, int? limit, string? before, CancellationToken ct)
    {
        if (!Paging.TryCreate(limit, before, out var page, out var problem))
        {
            return problem!;
        }

        AccountRole? roleFilter = null;
        if (!string.IsNullOrEmpty(role))
        {
            if (!RoleNames.All.TryGetValue(role, out var parsed))
            {
                return ApiProblem.Validation("role", $"must be one of: {string.Join(", ", RoleNames.All.Keys)}");
            }

            roleFilter = parsed;
        }

        if (query is { Length: > MaxQueryLength })
        {
            return ApiProblem.Validation("query", $"must be at most {MaxQueryLength} characters");
        }

        var text = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        var found = await users.SearchUsersAsync(new UserQuery(text, roleFilter, page), ct);
        return TypedResults.Ok(Paging.Respond(found, UserResponse.Of));
    }

    public static async Task<Results<Created<UserResponse>, ProblemHttpResult>> CreateUser(
        JsonBody<CreateUserRequest> body, UserRegistrar registrar, CancellationToken ct)
    {
        var request = body.Value;
        var user = await registrar.RegisterAsync(request.Name, request.Email, request.Password, request.Role, ct);
        if (user is null)
        {
            return ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.EmailTaken, "This e-mail address is already registered.");
        }

        return TypedResults.Created((string?)null, UserResponse.Of(user));
    }

    public static Task<Results<Ok<UserResponse>, ProblemHttpResult>> Freeze(
        string id, IGrainFactory grains, IUserStore users, CancellationToken ct) =>
        SetStatusAsync(id, AccountStatus.Frozen, grains, users, ct);

    public static Task<Results<Ok<UserResponse>, ProblemHttpResult>> Unfreeze(
        string id, IGrainFactory grains, IUserStore users, CancellationToken ct) =>
        SetStatusAsync(id, AccountStatus.Active, grains, users, ct);

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> SetStatusAsync(
        string id, AccountStatus status, IGrainFactory grains, IUserStore users, CancellationToken ct)
    {
        if (await users.GetUserAsync(id, ct) is null)
        {
            return ApiProblem.NotFound("No such user.");
        }

        var outcome = await grains.Reference<IAccountGrain>(id).SetStatus(status);
        return outcome == LedgerOutcome.Ok ? await CurrentAsync(id, users, ct) : OutcomeProblems.ToProblem(outcome);
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> CurrentAsync(string id, IUserStore users, CancellationToken ct)
    {
        var user = await users.GetUserAsync(id, ct) ?? throw new InvalidOperationException($"User {id} vanished.");
        return TypedResults.Ok(UserResponse.Of(user));
    }
}

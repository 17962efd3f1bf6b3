using System.Security.Claims;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

public static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", GetMe)
            .RequireAuthorization()
            .WithTags("Me")
            .WithName("GetMe")
            .WithSummary("The signed-in user's profile")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetMe(
        ClaimsPrincipal principal, IUserStore users, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal.UserId(), ct);
        return user is null ? ApiProblem.NotFound("The user does not exist.") : TypedResults.Ok(UserResponse.Of(user));
    }
}

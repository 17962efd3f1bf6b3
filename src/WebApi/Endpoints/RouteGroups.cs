namespace Cashless.WebApi.Endpoints;

public static class RouteGroups
{
    /// <summary>Where the REST API lives: every route of docs/api.md is under it.</summary>
    public const string ApiBase = "/api/v1";

    /// <summary>
    /// A resource's route group: its OpenAPI tag, the policy all its endpoints require, and the 401 and 403 that policy
    /// can answer with.
    /// </summary>
    public static RouteGroupBuilder MapSecuredGroup(this IEndpointRouteBuilder api, string prefix, string tag, string policy) =>
        api.MapGroup(prefix)
            .WithTags(tag)
            .RequireAuthorization(policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

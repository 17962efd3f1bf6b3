using System.Security.Claims;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Families;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>A student's side of families: the codes it hands to its guardians, and who they are.</summary>
public static class GuardiansEndpoints
{
    public static IEndpointRouteBuilder MapGuardiansEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/guardians", "Families", AuthPolicies.Student);

        group.MapPost("/link-codes", CreateLinkCode)
            .WithName("CreateLinkCode")
            .WithSummary("A one-time code the caller (a student) hands to a guardian, who redeems it with POST /children")
            .WithDescription(
                "The code is shown once, works once and expires after Families:LinkCodeLifetime (24 h). At most "
                + "Families:MaxLinkCodesPerDay (5) codes per student in 24 hours, admins' included: 429 rate_limited beyond.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/", List)
            .WithName("ListGuardians")
            .WithSummary("The guardians linked to the caller, oldest link first");

        group.MapDelete("/{guardianId}", Remove)
            .WithName("RemoveGuardian")
            .WithSummary("Unlink one of the caller's guardians (204); it no longer sees or funds the caller's wallet")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Created<LinkCodeResponse>, ProblemHttpResult>> CreateLinkCode(
        ClaimsPrincipal principal, IFamilyStore families, TimeProvider clock, IOptions<FamilyOptions> options, CancellationToken ct)
    {
        var userId = principal.UserId();
        var code = await LinkCodes.IssueAsync(families, userId, userId, clock.GetUtcNow(), options.Value, ct);
        return code is null ? FamilyProblems.TooManyCodes(options.Value) : TypedResults.Created((string?)null, code);
    }

    public static async Task<Ok<GuardianLinkResponse[]>> List(ClaimsPrincipal principal, IFamilyStore families, CancellationToken ct) =>
        TypedResults.Ok((await families.ListGuardianLinksAsync(guardianId: null, principal.UserId(), ct)).Select(GuardianLinkResponse.Of).ToArray());

    public static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        string guardianId, ClaimsPrincipal principal, IFamilyStore families, IGrainFactory grains, CancellationToken ct) =>
        await Links.RemoveAsync(families, grains, guardianId, principal.UserId(), ct)
            ? TypedResults.NoContent()
            : ApiProblem.NotFound("No such guardian of yours.");
}

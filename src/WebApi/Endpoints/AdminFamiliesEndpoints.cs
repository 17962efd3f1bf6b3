using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Families;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>The admin's view of families: a user's guardians and children, a student's limits, linking and unlinking.</summary>
public static class AdminFamiliesEndpoints
{
    public static IEndpointRouteBuilder MapAdminFamiliesEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/admin/users/{id}", "Admin", AuthPolicies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/family", GetFamily)
            .WithName("GetUserFamily")
            .WithSummary("A user's guardians (of a student), children (of a guardian) and a student's spending rules");

        group.MapPost("/link-codes", CreateLinkCode)
            .WithName("CreateUserLinkCode")
            .WithSummary("A one-time link code for a student, as the student makes it with POST /guardians/link-codes")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/guardians", Link)
            .WithName("LinkUserGuardian")
            .WithSummary("Link a guardian (guardianId) to the student without a code; linking again changes nothing")
            .WithDescription("404 not_found unless the path names a buyer and guardianId a guardian.")
            .ProducesValidationProblem();

        group.MapDelete("/guardians/{guardianId}", Unlink)
            .WithName("UnlinkUserGuardian")
            .WithSummary("Unlink a guardian from the student (204)");

        group.MapPut("/limits", SetLimits)
            .WithName("SetUserLimits")
            .WithSummary("Set a student's daily and per-payment limits and low-balance threshold, as a guardian does")
            .ProducesValidationProblem();

        return api;
    }

    public static async Task<Results<Ok<FamilyResponse>, ProblemHttpResult>> GetFamily(
        string id, IUserStore users, IFamilyStore families, IGrainFactory grains, CancellationToken ct)
    {
        var user = await users.GetUserAsync(id, ct);
        if (user is null)
        {
            return ApiProblem.NotFound("No such user.");
        }

        var guardians = user.Role == AccountRole.Buyer ? await families.ListGuardianLinksAsync(guardianId: null, id, ct) : [];
        var children = user.Role == AccountRole.Guardian ? await families.ListGuardianLinksAsync(id, studentId: null, ct) : [];
        var wallet = user.Role == AccountRole.Buyer ? await grains.Reference<IAccountGrain>(id).GetWallet() : null;
        return TypedResults.Ok(new FamilyResponse(
            [.. guardians.Select(GuardianLinkResponse.Of)], [.. children.Select(GuardianLinkResponse.Of)],
            wallet is null ? null : SpendingResponse.Of(wallet)));
    }

    public static async Task<Results<Created<LinkCodeResponse>, ProblemHttpResult>> CreateLinkCode(
        string id, ClaimsPrincipal principal, IUserStore users, IFamilyStore families, TimeProvider clock,
        IOptions<FamilyOptions> options, CancellationToken ct)
    {
        if (await users.GetUserAsync(id, ct) is not { Role: AccountRole.Buyer })
        {
            return ApiProblem.NotFound("No such student.");
        }

        var code = await LinkCodes.IssueAsync(families, id, principal.UserId(), clock.GetUtcNow(), options.Value, ct);
        return code is null ? FamilyProblems.TooManyCodes(options.Value) : TypedResults.Created((string?)null, code);
    }

    public static async Task<Results<Created<GuardianLinkResponse>, ProblemHttpResult>> Link(
        string id, JsonBody<AdminLinkRequest> body, IUserStore users, IFamilyStore families, IGrainFactory grains, TimeProvider clock,
        CancellationToken ct)
    {
        var guardianId = body.Value.GuardianId;
        if (await users.GetUserAsync(id, ct) is not { Role: AccountRole.Buyer }
            || await users.GetUserAsync(guardianId, ct) is not { Role: AccountRole.Guardian })
        {
            return ApiProblem.NotFound("No such student, or no such guardian.");
        }

        await families.LinkGuardianAsync(guardianId, id, clock.GetUtcNow(), ct);
        await grains.Reference<IAccountGrain>(id).GuardiansChanged();
        var link = (await families.ListGuardianLinksAsync(guardianId, studentId: null, ct)).Single(l => l.StudentId == id);
        return TypedResults.Created((string?)null, GuardianLinkResponse.Of(link));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Unlink(
        string id, string guardianId, IFamilyStore families, IGrainFactory grains, CancellationToken ct) =>
        await Links.RemoveAsync(families, grains, guardianId, id, ct) ? TypedResults.NoContent() : ApiProblem.NotFound("No such link.");

    public static async Task<Results<Ok<WalletResponse>, ProblemHttpResult>> SetLimits(
        string id, JsonBody<SpendingRulesRequest> body, IGrainFactory grains, IOptions<LimitsOptions> limits) =>
        await SpendingRules.SetAsync(grains, id, body.Value, limits.Value);
}

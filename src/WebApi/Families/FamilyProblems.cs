using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Families;

/// <summary>The refusals of the family endpoints.</summary>
public static class FamilyProblems
{
    public static ProblemHttpResult TooManyCodes(FamilyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ApiProblem.Of(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"This student already had {options.MaxLinkCodesPerDay} link codes in the last 24 hours; use one of them or try tomorrow.");
    }

    public static ProblemHttpResult CodeInvalid() => ApiProblem.Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.LinkCodeInvalid,
        "This link code is unknown, used or expired; ask for a new one.");

    public static ProblemHttpResult NoSuchChild() => ApiProblem.NotFound("No such student linked to you.");
}

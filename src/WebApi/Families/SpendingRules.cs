using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Families;

/// <summary>Setting a student's rules, by a linked guardian or an admin: the student's account grain holds and enforces them.</summary>
public static class SpendingRules
{
    public static async Task<Results<Ok<WalletResponse>, ProblemHttpResult>> SetAsync(
        IGrainFactory grains, string studentId, SpendingRulesRequest request, LimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(request);
        var account = grains.Reference<IAccountGrain>(studentId);
        var outcome = await account.SetRules(request.ToRules());
        if (outcome != LedgerOutcome.Ok || await account.GetWallet() is not { } wallet)
        {
            return ApiProblem.NotFound("No such student.");
        }

        return TypedResults.Ok(WalletResponse.Of(wallet, limits));
    }
}

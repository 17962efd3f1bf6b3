using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>A student's own low-balance threshold (its guardians may set it too, with the limits).</summary>
public static class WalletAlertsEndpoints
{
    public static IEndpointRouteBuilder MapWalletAlertsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapSecuredGroup("/wallet", "Wallet", AuthPolicies.Student)
            .MapPut("/low-balance-threshold", SetThreshold)
            .WithName("SetLowBalanceThreshold")
            .WithSummary("Set the caller's (a student's) low-balance threshold; null or absent for none")
            .WithDescription(
                "threshold: whole rupiah from 1 to Limits:MaxBalance. A payment or withdrawal that takes the balance from at "
                + "or above it to below it tells the student and its guardians (balance_low). The other rules are unchanged. "
                + "Answers the caller's wallet.")
            .ProducesValidationProblem();
        return api;
    }

    public static async Task<Results<Ok<WalletResponse>, ProblemHttpResult>> SetThreshold(
        JsonBody<LowBalanceThresholdRequest> body, ClaimsPrincipal principal, IGrainFactory grains, IOptions<LimitsOptions> limits)
    {
        var account = grains.Reference<IAccountGrain>(principal.UserId());
        var threshold = body.Value.Threshold is { } rupiah ? new Money(rupiah) : (Money?)null;
        if (await account.SetLowBalanceThreshold(threshold) != LedgerOutcome.Ok || await account.GetWallet() is not { } wallet)
        {
            return ApiProblem.NotFound("The caller has no wallet.");
        }

        return TypedResults.Ok(WalletResponse.Of(wallet, limits.Value));
    }
}

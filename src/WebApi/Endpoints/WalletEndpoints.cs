using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>The caller's balance and journal (features 3 and 6).</summary>
public static class WalletEndpoints
{
    public static IEndpointRouteBuilder MapWalletEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/wallet", "Wallet", AuthPolicies.WalletOwner);

        group.MapGet("/", GetWallet)
            .WithName("GetWallet")
            .WithSummary("The caller's balance, status and limits, and a student's spending rules with what is left to spend today");

        group.MapGet("/transactions", ListTransactions)
            .WithName("ListTransactions")
            .WithSummary("The caller's journal, newest first, with cursor paging")
            .ProducesValidationProblem();

        return api;
    }

    public static async Task<Results<Ok<WalletResponse>, ProblemHttpResult>> GetWallet(
        ClaimsPrincipal principal, IGrainFactory grains, IOptions<LimitsOptions> limits)
    {
        var wallet = await grains.Reference<IAccountGrain>(principal.UserId()).GetWallet();
        if (wallet is null)
        {
            return ApiProblem.NotFound("The caller has no wallet.");
        }

        return TypedResults.Ok(WalletResponse.Of(wallet, limits.Value));
    }

    public static async Task<Results<Ok<PageResponse<TransactionResponse>>, ProblemHttpResult>> ListTransactions(
        ClaimsPrincipal principal, ILedgerStore ledger, int? limit, string? before, CancellationToken ct)
    {
        if (!Paging.TryCreate(limit, before, out var page, out var problem))
        {
            return problem!;
        }

        var entries = await ledger.ListEntriesAsync(principal.UserId(), page, ct);
        return TypedResults.Ok(Paging.Respond(entries, TransactionResponse.Of));
    }
}

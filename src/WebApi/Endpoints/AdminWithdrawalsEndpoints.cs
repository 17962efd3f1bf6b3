using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

/// <summary>The admin's payout queue: every user's withdrawals, completed once paid out or rejected with the money returned.</summary>
public static class AdminWithdrawalsEndpoints
{
    public static IEndpointRouteBuilder MapAdminWithdrawalsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/admin/withdrawals", "Admin", AuthPolicies.Admin);

        group.MapGet("/", ListWithdrawals)
            .WithName("ListAllWithdrawals")
            .WithSummary("Every user's withdrawals, newest first; ?status=pending is the payout queue")
            .WithDescription("Filters: status (pending, completed, rejected) and userId. Account numbers are shown whole.")
            .ProducesValidationProblem();

        group.MapPost("/{id}/complete", Complete)
            .WithIdempotency()
            .WithName("CompleteWithdrawal")
            .WithSummary("Mark a withdrawal paid out (after the bank transfer was made)")
            .WithDescription("Refusals: 404 not_found, 409 already_reviewed.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/reject", Reject)
            .WithIdempotency()
            .WithName("RejectWithdrawal")
            .WithSummary("Reject a withdrawal: the held money goes back to the wallet, with a reason the user sees")
            .WithDescription("reason is 1 to 200 characters. Refusals: 404 not_found, 409 already_reviewed.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static Task<Results<Ok<PageResponse<WithdrawalResponse>>, ProblemHttpResult>> ListWithdrawals(
        ICashlessStore store, string? status, string? userId, int? limit, string? before, CancellationToken ct) =>
        Paging.ListByStatusAsync<WithdrawalStatus, WithdrawalRecord, WithdrawalResponse>(status, limit, before,
            (filter, page) => store.ListWithdrawalsAsync(new WithdrawalQuery(Paging.OptionalFilter(userId), filter, page), ct),
            WithdrawalResponse.ForAdmin);

    public static Task<Results<Ok<WithdrawalResponse>, ProblemHttpResult>> Complete(string id, ClaimsPrincipal principal, IGrainFactory grains) =>
        ReviewAsync(id, grains, withdrawal => withdrawal.Complete(principal.UserId()));

    public static Task<Results<Ok<WithdrawalResponse>, ProblemHttpResult>> Reject(
        string id, JsonBody<ReviewRejectionRequest> body, ClaimsPrincipal principal, IGrainFactory grains) =>
        ReviewAsync(id, grains, withdrawal => withdrawal.Reject(principal.UserId(), body.Value.Reason));

    private static async Task<Results<Ok<WithdrawalResponse>, ProblemHttpResult>> ReviewAsync(
        string id, IGrainFactory grains, Func<IWithdrawalGrain, Task<WithdrawalResult>> review)
    {
        if (!Paging.IsId(id, IdPrefixes.Withdrawal))
        {
            return OutcomeProblems.ToProblem(WithdrawalOutcome.NotFound);
        }

        var result = await review(grains.Reference<IWithdrawalGrain>(id));
        return result is { Outcome: WithdrawalOutcome.Ok, Withdrawal: { } withdrawal }
            ? TypedResults.Ok(WithdrawalResponse.ForAdmin(withdrawal))
            : OutcomeProblems.ToProblem(result.Outcome);
    }
}

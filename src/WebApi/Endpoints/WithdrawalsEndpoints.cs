using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Endpoints;

/// <summary>Paying money out to one's bank account (feature 11): held at once, paid out or returned by an admin.</summary>
public static class WithdrawalsEndpoints
{
    public static IEndpointRouteBuilder MapWithdrawalsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/withdrawals", "Withdrawals", AuthPolicies.WalletHolder);

        group.MapPost("/", CreateWithdrawal)
            .WithIdempotency()
            .WithName("CreateWithdrawal")
            .WithSummary("Withdraw to a bank account: the money is held (debited) at once, an admin pays it out")
            .WithDescription(
                "The amount is Limits:MinWithdrawal to Limits:MaxTransactionAmount; bankCode is 2 to 10 lowercase letters "
                + "(bca, bni, bri, mandiri, …); accountNumber is 5 to 20 digits and is answered masked to its last four. "
                + "Answers 201 with status pending and balanceAfter. Refusals: 403 account_frozen, 422 insufficient_funds. "
                + "If an admin rejects it, the money comes back. 503 overloaded (with Retry-After) when the store is too "
                + "busy to take it; nothing was done.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/", ListWithdrawals)
            .WithName("ListWithdrawals")
            .WithSummary("The caller's withdrawals, newest first, optionally in one status (pending, completed, rejected)")
            .ProducesValidationProblem();

        group.MapGet("/{id}", GetWithdrawal)
            .WithName("GetWithdrawal")
            .WithSummary("One of the caller's withdrawals")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Created<WithdrawalResponse>, ProblemHttpResult>> CreateWithdrawal(
        JsonBody<WithdrawalRequest> body,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        ICashlessStore store,
        IIdGenerator ids,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        CancellationToken ct)
    {
        var request = body.Value;
        var order = new WithdrawalOrder(ids.NewId(IdPrefixes.Withdrawal), new Money(request.Amount), request.BankCode,
            request.AccountNumber, request.AccountName, idempotencyKey is null ? null : $"key:{idempotencyKey}");
        var hold = await grains.Reference<IAccountGrain>(principal.UserId()).Withdraw(order);
        if (hold.Outcome != LedgerOutcome.Ok)
        {
            return OutcomeProblems.ToProblem(hold.Outcome);
        }

        var withdrawal = await store.GetWithdrawalAsync(hold.WithdrawalId!, ct)
            ?? throw new InvalidOperationException($"Withdrawal {hold.WithdrawalId} was held but is not stored.");

        return TypedResults.Created($"/api/v1/withdrawals/{withdrawal.Id}", WithdrawalResponse.ForOwner(withdrawal, hold.BalanceAfter.Rupiah));
    }

    public static Task<Results<Ok<PageResponse<WithdrawalResponse>>, ProblemHttpResult>> ListWithdrawals(
        ClaimsPrincipal principal, ICashlessStore store, string? status, int? limit, string? before, CancellationToken ct) =>
        Paging.ListByStatusAsync<WithdrawalStatus, WithdrawalRecord, WithdrawalResponse>(status, limit, before,
            (filter, page) => store.ListWithdrawalsAsync(new WithdrawalQuery(principal.UserId(), filter, page), ct),
            withdrawal => WithdrawalResponse.ForOwner(withdrawal));

    public static async Task<Results<Ok<WithdrawalResponse>, ProblemHttpResult>> GetWithdrawal(
        string id, ClaimsPrincipal principal, ICashlessStore store, CancellationToken ct)
    {
        var withdrawal = Paging.IsId(id, IdPrefixes.Withdrawal) ? await store.GetWithdrawalAsync(id, ct) : null;
        if (withdrawal is null || withdrawal.AccountId != principal.UserId())
        {
            return ApiProblem.NotFound("No such withdrawal of yours.");
        }

        return TypedResults.Ok(WithdrawalResponse.ForOwner(withdrawal));
    }
}

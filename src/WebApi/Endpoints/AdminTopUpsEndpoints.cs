using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Cashless.WebApi.TopUps;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>
/// The admin's side of top-ups: the cash desk, where cash in hand becomes wallet balance at once (feature 5), the review
/// of bank transfers (feature 8) and the log of every user's top-ups (feature 9).
/// </summary>
public static class AdminTopUpsEndpoints
{
    public static IEndpointRouteBuilder MapAdminTopUpsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/admin/topups", "Admin", AuthPolicies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", CreateTopUp)
            .WithIdempotency()
            .WithName("CreateAdminTopUp")
            .WithSummary("Credit a buyer's or seller's wallet with cash received at the desk")
            .WithDescription(
                "Name the wallet by userId or by email. The amount is at least Limits:MinTopUp and at most "
                + "Limits:MaxTransactionAmount; the top-up is settled at once, unless it is above CashDesk:ReviewAbove or "
                + "beyond this admin's CashDesk:DailyCountBeforeReview-th of the local day: then it is created awaiting_review "
                + "and credited only when another admin approves it. Refusals: 403 account_frozen, "
                + "404 not_found (no such buyer or seller), 422 balance_limit_exceeded.");

        group.MapGet("/", ListTopUps)
            .WithName("ListAllTopUps")
            .WithSummary("Every user's top-ups of every channel, newest first; ?status=awaiting_review is the review queue")
            .WithDescription("Filters: status (pending, awaiting_review, settled, expired, cancelled, failed, rejected, flagged, "
                + "reversed) and userId. A reversed top-up shows what was recovered and what is still owed.")
            .ProducesValidationProblem();

        group.MapGet("/{id}", GetTopUp)
            .WithName("GetAnyTopUp")
            .WithSummary("Any user's top-up");

        group.MapPost("/{id}/approve", Approve)
            .WithIdempotency()
            .WithName("ApproveBankTransferTopUp")
            .WithSummary("Approve a bank transfer found on the statement, a flagged top-up, or another admin's cash-desk top-up: the wallet is credited once")
            .WithDescription("The body is optional. A bank transfer marked possibleDuplicateOf (another claim carried its "
                + "reference first), or whose reference another approved claim carries (case and white space ignored), is "
                + "refused 409 duplicate_transfer unless the body is {\"confirmDuplicate\": true}. A flagged virtual-account top-up (paid, but its amount did not match the charge, or the wallet "
                + "could not take it) is credited with its charged amount; when the customer paid another amount, reject it and "
                + "record what was paid at the cash desk instead. Refusals: 409 already_reviewed (approved or rejected before, or "
                + "in no reviewable state), 403 account_frozen and 422 balance_limit_exceeded (the top-up stays as it was; approve "
                + "it later), 403 forbidden (a cash-desk top-up approved by the admin who recorded it).")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id}/reject", Reject)
            .WithIdempotency()
            .WithName("RejectBankTransferTopUp")
            .WithSummary("Reject a bank transfer that did not arrive or does not match, or a flagged top-up, with a reason the user sees")
            .WithDescription("reason is 1 to 200 characters. Nothing is credited; money paid for a flagged top-up is returned "
                + "outside the system. Refusal: 409 already_reviewed.");

        return api;
    }

    public static async Task<Results<Created<TopUpResponse>, ProblemHttpResult>> CreateTopUp(
        JsonBody<AdminTopUpRequest> body,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        IUserStore users,
        IIdGenerator ids,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        CancellationToken ct)
    {
        var request = body.Value;
        var accountId = request.UserId ?? (await users.FindUserByEmailAsync(request.Email!, ct))?.Id;
        if (accountId is null)
        {
            return ApiProblem.NotFound("No user has this e-mail address.");
        }

        var adminId = principal.UserId();
        var operationId = idempotencyKey is null ? null : $"key:{adminId}:{idempotencyKey}";
        var desk = new CashDeskTopUp(accountId, new Money(request.Amount), request.Note, adminId, operationId);
        var recorded = await grains.Reference<ITopUpGrain>(ids.NewId(IdPrefixes.TopUp)).RecordCashDesk(desk);
        return recorded is { Outcome: TopUpOutcome.Ok, TopUp: { } made }
            ? TypedResults.Created((string?)null, TopUpResponse.Of(made, balanceAfter: recorded.BalanceAfter?.Rupiah))
            : OutcomeProblems.ToProblem(recorded.Outcome);
    }

    public static Task<Results<Ok<PageResponse<TopUpResponse>>, ProblemHttpResult>> ListTopUps(
        ICashlessStore store, IOptions<BankTransferOptions> destination,
        string? status, string? userId, int? limit, string? before, CancellationToken ct) =>
        Paging.ListByStatusAsync<TopUpStatus, TopUpRecord, TopUpResponse>(status, limit, before,
            (filter, page) => store.ListTopUpsAsync(new TopUpQuery(Paging.OptionalFilter(userId), filter, page), ct),
            topUp => TopUpResponse.Of(topUp, destination.Value.ToDestination()));

    public static async Task<Results<Ok<TopUpResponse>, ProblemHttpResult>> GetTopUp(
        string id, ILedgerStore ledger, IOptions<BankTransferOptions> destination, CancellationToken ct)
    {
        var topUp = Paging.IsId(id, IdPrefixes.TopUp) ? await ledger.GetTopUpAsync(id, ct) : null;
        return topUp is null
            ? ApiProblem.NotFound("No such top-up.")
            : TypedResults.Ok(TopUpResponse.Of(topUp, destination.Value.ToDestination()));
    }

    /// <summary>A bank transfer is approved through the grain of its reference, which refuses an unconfirmed duplicate.</summary>
    public static Task<Results<Ok<TopUpResponse>, ProblemHttpResult>> Approve(
        string id, OptionalJsonBody<ApproveTopUpRequest> body, ClaimsPrincipal principal, IGrainFactory grains) =>
        ReviewAsync(id, grains, async topUp => await topUp.Read() is { BankTransfer: { } transfer }
            ? await grains.Reference<ITransferReviewGrain>(TransferReference.Key(transfer.TransferReference))
                .Approve(id, principal.UserId(), body.Value?.ConfirmDuplicate ?? false)
            : await topUp.Approve(principal.UserId()));

    public static Task<Results<Ok<TopUpResponse>, ProblemHttpResult>> Reject(
        string id, JsonBody<ReviewRejectionRequest> body, ClaimsPrincipal principal, IGrainFactory grains) =>
        ReviewAsync(id, grains, topUp => topUp.Reject(principal.UserId(), body.Value.Reason));

    private static async Task<Results<Ok<TopUpResponse>, ProblemHttpResult>> ReviewAsync(
        string id, IGrainFactory grains, Func<ITopUpGrain, Task<TopUpResult>> review)
    {
        if (!Paging.IsId(id, IdPrefixes.TopUp))
        {
            return OutcomeProblems.ToProblem(TopUpOutcome.NotFound);
        }

        var result = await review(grains.Reference<ITopUpGrain>(id));
        return result is { Outcome: TopUpOutcome.Ok, TopUp: { } topUp }
            ? TypedResults.Ok(TopUpResponse.Of(topUp))
            : OutcomeProblems.ToProblem(result.Outcome);
    }
}

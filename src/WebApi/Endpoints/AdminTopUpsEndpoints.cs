using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Endpoints;

/// <summary>The admin's cash desk: cash in hand becomes wallet balance at once (feature 5).</summary>
public static class AdminTopUpsEndpoints
{
    public static IEndpointRouteBuilder MapAdminTopUpsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/admin/topups")
            .WithTags("Admin")
            .RequireAuthorization(AuthPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", CreateTopUp)
            .WithIdempotency()
            .WithName("CreateAdminTopUp")
            .WithSummary("Credit a buyer's or seller's wallet with cash received at the desk")
            .WithDescription(
                "Name the wallet by userId or by email. The amount is at least Limits:MinTopUp and at most "
                + "Limits:MaxTransactionAmount; the top-up is settled at once. Refusals: 403 account_frozen, "
                + "404 not_found (no such buyer or seller), 422 balance_limit_exceeded.");

        return api;
    }

    public static async Task<Results<Created<TopUpResponse>, ProblemHttpResult>> CreateTopUp(
        JsonBody<AdminTopUpRequest> body,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        IUserStore users,
        ILedgerStore ledger,
        IIdGenerator ids,
        TimeProvider clock,
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
        var topUpId = ids.NewId(IdPrefixes.TopUp);
        var now = clock.GetUtcNow();
        var amount = new Money(request.Amount);
        var record = new TopUpRecord(topUpId, accountId, TopUpChannel.Admin, TopUpStatus.Settled, amount, now, now, request.Note, adminId);
        var posting = new Posting(
            OperationId: idempotencyKey is null ? topUpId : $"key:{adminId}:{idempotencyKey}",
            EntryKind.TopUp,
            amount,
            Reference: topUpId,
            Counterparty: adminId,
            Description: request.Note ?? "Cash-desk top-up",
            Changes: [new TopUpCreated(record)]);

        var result = await grains.GetGrain<IAccountGrain>(accountId).Post(posting);
        if (result.Outcome != LedgerOutcome.Ok)
        {
            return LedgerOutcomeProblems.ToProblem(result.Outcome);
        }

        var made = result.Repeated && result.Reference is { } first
            ? await ledger.GetTopUpAsync(first, ct) ?? throw new InvalidOperationException($"Top-up {first} is not stored.")
            : record;
        return TypedResults.Created((string?)null, TopUpResponse.Of(made, result.BalanceAfter.Rupiah));
    }
}

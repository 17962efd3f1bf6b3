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
using Cashless.WebApi.Midtrans;
using Cashless.WebApi.TopUps;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>Topping up one's own wallet: a Midtrans virtual account (feature 7), a bank transfer (feature 8), and the log (feature 9).</summary>
public static class TopUpsEndpoints
{
    public static IEndpointRouteBuilder MapTopUpsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/topups", "Top-ups", AuthPolicies.WalletOwner);

        group.MapPost("/virtual-account", CreateVirtualAccount)
            .WithIdempotency()
            .WithName("CreateVirtualAccountTopUp")
            .WithSummary("Open a Midtrans virtual account to top up the wallet by bank payment")
            .WithDescription(
                "The amount is Limits:MinTopUp to Limits:MaxTransactionAmount; bank is one of bca, bni, bri, cimb, permata, mandiri. "
                + "Answers 201 with status pending and what to pay to: vaNumber, or billerCode and billKey for mandiri; the wallet is "
                + "credited once Midtrans reports the payment. Refusals: 403 account_frozen, 404 not_found, 422 "
                + "balance_limit_exceeded (the amount would not fit the wallet now). 502 gateway_error carries topUpId: the gateway "
                + "refused the charge (the top-up is failed, nothing is owed) or did not answer (the top-up stays pending and "
                + "reconciliation settles or closes it). 503 gateway_not_configured without Midtrans:ServerKey.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/bank-transfer", CreateBankTransfer)
            .WithIdempotency()
            .WithName("CreateBankTransferTopUp")
            .WithSummary("Announce a bank transfer to the community's account, for an admin to check and approve")
            .WithDescription(
                "Answers 201 with status awaiting_review and the destination account. Nothing is credited until an admin "
                + "approves it. Refusals: 403 account_frozen, 404 not_found, 422 balance_limit_exceeded.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListTopUps)
            .WithName("ListTopUps")
            .WithSummary("The caller's top-ups of every channel, newest first, optionally in one status")
            .ProducesValidationProblem();

        group.MapGet("/{id}", GetTopUp)
            .WithName("GetTopUp")
            .WithSummary("One of the caller's top-ups")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static Task<Results<Created<TopUpResponse>, ProblemHttpResult>> CreateVirtualAccount(
        JsonBody<VirtualAccountTopUpRequest> body,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        IIdGenerator ids,
        MidtransClient midtrans,
        IOptions<MidtransOptions> options) =>
        OpenVirtualAccountAsync(principal.UserId(), createdBy: null, body.Value, grains, ids, midtrans, options.Value);

    /// <summary>
    /// A virtual-account top-up of <paramref name="accountId"/>'s wallet: the caller's own (<paramref name="createdBy"/>
    /// null), or a guardian's student's (the guardian).
    /// </summary>
    public static async Task<Results<Created<TopUpResponse>, ProblemHttpResult>> OpenVirtualAccountAsync(
        string accountId, string? createdBy, VirtualAccountTopUpRequest request, IGrainFactory grains, IIdGenerator ids, MidtransClient midtrans,
        MidtransOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(midtrans);
        if (!options.IsConfigured)
        {
            return GatewayProblems.NotConfigured();
        }

        var amount = new Money(request.Amount);
        var topUpId = ids.NewId(IdPrefixes.TopUp);
        var topUp = grains.Reference<ITopUpGrain>(topUpId);
        var opened = await topUp.OpenVirtualAccount(accountId, amount, request.Bank, createdBy);
        if (opened.Outcome != TopUpOutcome.Ok)
        {
            return OutcomeProblems.ToProblem(opened.Outcome);
        }

        // Not the request's token: once the top-up exists, the charge and its record are finished even if the client left.
        var charge = await midtrans.ChargeVirtualAccount(topUpId, amount, request.Bank, CancellationToken.None);
        switch (charge)
        {
            case { Result: ChargeResult.Issued, Issued: { } issued }:
                var recorded = await topUp.RecordCharge(issued);
                var record = recorded.TopUp ?? throw new InvalidOperationException($"Top-up {topUpId} vanished after its charge.");
                return TypedResults.Created($"/api/v1/topups/{topUpId}", TopUpResponse.Of(record with { VirtualAccount = issued }));
            case { Result: ChargeResult.Refused }:
                await topUp.MarkFailed(charge.Reason ?? "gateway refused the charge");
                return GatewayProblems.Error("The payment gateway refused the charge. The top-up is marked failed and nothing is owed.", topUpId);
            default:
                return GatewayProblems.Error(
                    "The payment gateway did not confirm the charge. The top-up stays pending until its status is known "
                    + "(reconciliation with the gateway settles or closes it); no money has moved.", topUpId);
        }
    }

    public static Task<Results<Created<TopUpResponse>, ProblemHttpResult>> CreateBankTransfer(
        JsonBody<BankTransferTopUpRequest> body,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        IIdGenerator ids,
        IOptions<BankTransferOptions> destination) =>
        OpenBankTransferAsync(principal.UserId(), createdBy: null, body.Value, grains, ids, destination.Value);

    /// <summary>A bank-transfer claim for <paramref name="accountId"/>'s wallet: the caller's own, or a guardian's student's (made by <paramref name="createdBy"/>).</summary>
    public static async Task<Results<Created<TopUpResponse>, ProblemHttpResult>> OpenBankTransferAsync(
        string accountId, string? createdBy, BankTransferTopUpRequest request, IGrainFactory grains, IIdGenerator ids, BankTransferOptions destination)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(destination);
        var topUpId = ids.NewId(IdPrefixes.TopUp);
        var transfer = new BankTransferDetails(request.SenderBank, request.SenderAccountName, request.TransferReference);
        var opened = await grains.Reference<ITopUpGrain>(topUpId).OpenBankTransfer(accountId, new Money(request.Amount), transfer, createdBy);
        if (opened is not { Outcome: TopUpOutcome.Ok, TopUp: { } record })
        {
            return OutcomeProblems.ToProblem(opened.Outcome);
        }

        return TypedResults.Created($"/api/v1/topups/{topUpId}", TopUpResponse.Of(record, destination.ToDestination()));
    }

    public static Task<Results<Ok<PageResponse<TopUpResponse>>, ProblemHttpResult>> ListTopUps(
        ClaimsPrincipal principal, ICashlessStore store, IOptions<BankTransferOptions> destination,
        string? status, int? limit, string? before, CancellationToken ct) =>
        Paging.ListByStatusAsync<TopUpStatus, TopUpRecord, TopUpResponse>(status, limit, before,
            (filter, page) => store.ListTopUpsAsync(new TopUpQuery(principal.UserId(), filter, page), ct),
            topUp => TopUpResponse.Of(topUp, destination.Value.ToDestination()));

    public static async Task<Results<Ok<TopUpResponse>, ProblemHttpResult>> GetTopUp(
        string id, ClaimsPrincipal principal, ILedgerStore ledger, IOptions<BankTransferOptions> destination, CancellationToken ct)
    {
        var topUp = Paging.IsId(id, IdPrefixes.TopUp) ? await ledger.GetTopUpAsync(id, ct) : null;
        if (topUp is null || topUp.AccountId != principal.UserId())
        {
            return ApiProblem.NotFound("No such top-up of yours.");
        }

        return TypedResults.Ok(TopUpResponse.Of(topUp, destination.Value.ToDestination()));
    }
}

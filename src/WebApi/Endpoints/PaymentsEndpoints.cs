using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Endpoints;

/// <summary>Paying another user (feature 4) and reading a payment back (feature 6).</summary>
public static class PaymentsEndpoints
{
    public static IEndpointRouteBuilder MapPaymentsEndpoints(this IEndpointRouteBuilder api)
    {
        // A guardian reads its allowances here; it pays only through POST /children/{studentId}/allowance.
        var group = api.MapSecuredGroup("/payments", "Payments", AuthPolicies.WalletOwner)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", Pay)
            .WithLedgerIdempotency()
            .RequireAuthorization(AuthPolicies.WalletHolder)
            .WithName("Pay")
            .WithSummary("Pay another buyer or seller, named by user id or e-mail")
            .WithDescription(
                "Moves money at once and answers 201 with status completed. Refusals: 403 account_frozen (the payer is "
                + "frozen), 404 not_found (no such buyer or seller), 422 self_payment, insufficient_funds, "
                + "payee_cannot_receive (the payee cannot take it now; why is not said) or idempotency_key_reused (the key "
                + "paid another payee, amount or description). The payer's own refusals come before the payee is asked. "
                + "A payment that the payee refuses after the debit is reversed at once and answered 422 "
                + "payee_cannot_receive carrying the payment's id as paymentId. A repeat with the same Idempotency-Key "
                + "answers the payment the key made (Idempotent-Replayed: true) at any age; a refused payment moved "
                + "nothing and keeps no answer, so its repeat is decided again. 503 overloaded (with "
                + "Retry-After) when the store is too busy to take it; nothing was done.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/{id}", GetPayment)
            .WithName("GetPayment")
            .WithSummary("A payment the caller made or received");

        return api;
    }

    public static async Task<Results<Created<PaymentResponse>, ProblemHttpResult>> Pay(
        JsonBody<PaymentRequest> body,
        HttpContext context,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        IUserStore users,
        IIdGenerator ids,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        CancellationToken ct)
    {
        var request = body.Value;
        var payeeId = await ResolvePayeeAsync(request.To, users, ct);
        if (payeeId is null)
        {
            return ApiProblem.NotFound("The payee is not an active buyer or seller.");
        }

        var order = new PaymentOrder(ids.NewId(IdPrefixes.Payment), payeeId, new Money(request.Amount), request.Description,
            idempotencyKey is null ? null : $"key:{idempotencyKey}");
        var result = await grains.Reference<IAccountGrain>(principal.UserId()).Pay(order);
        if (result.Replayed)
        {
            context.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        }

        if (result.Outcome != LedgerOutcome.Ok)
        {
            return OutcomeProblems.ToProblem(result);
        }

        var payment = result.Payment ?? throw new InvalidOperationException("An accepted payment came back without its record.");
        return TypedResults.Created($"/api/v1/payments/{payment.Id}", PaymentResponse.Of(payment, result.BalanceAfter.Rupiah));
    }

    public static async Task<Results<Ok<PaymentResponse>, ProblemHttpResult>> GetPayment(
        string id, ClaimsPrincipal principal, ILedgerStore ledger, CancellationToken ct)
    {
        var userId = principal.UserId();
        var payment = Paging.IsId(id, IdPrefixes.Payment)
            ? await ledger.GetPaymentAsync(id, ct)
            : null;
        if (payment is null || (payment.From != userId && payment.To != userId))
        {
            return ApiProblem.NotFound("No such payment of yours.");
        }

        return TypedResults.Ok(PaymentResponse.Of(payment, balanceAfter: null));
    }

    /// <summary>A user id is passed on as it is (the payer's grain checks it); an e-mail is looked up.</summary>
    internal static async Task<string?> ResolvePayeeAsync(string to, IUserStore users, CancellationToken ct)
    {
        if (!to.Contains('@', StringComparison.Ordinal))
        {
            return to;
        }

        var payee = await users.FindUserByEmailAsync(EmailAddress.Normalize(to), ct);
        return payee?.Id;
    }
}

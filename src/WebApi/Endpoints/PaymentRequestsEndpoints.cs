using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Cashless.WebApi.Till;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Endpoints;

/// <summary>
/// Payment requests: the till (a seller or its cashier) asks for an amount and shows it as a QR code; a buyer scans it,
/// reads what it asks for, and pays it once.
/// </summary>
public static class PaymentRequestsEndpoints
{
    public static IEndpointRouteBuilder MapPaymentRequestsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/payment-requests", "Payment requests", AuthPolicies.RequestReader)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", Create)
            .RequireAuthorization(AuthPolicies.Till)
            .WithName("CreatePaymentRequest")
            .WithSummary("Ask for an amount at the till (seller or cashier); answers the QR payload and where to fetch it drawn")
            .WithDescription("The request can be paid once, until expiresAt (Till:RequestLifetime, 5 minutes by default).");

        group.MapGet("/{id}", Read)
            .WithName("GetPaymentRequest")
            .WithSummary("What a request asks for (amount, description, status, merchant name), for the buyer who scanned it")
            .WithDescription("Once paid, the seller, its cashiers and the payer also see paymentId and paidBy.");

        group.MapGet("/{id}/qr.svg", Svg)
            .WithName("GetPaymentRequestQrSvg")
            .WithSummary("The request's QR code as SVG (scales to its box)")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml");

        group.MapGet("/{id}/qr.png", Png)
            .WithName("GetPaymentRequestQrPng")
            .WithSummary("The request's QR code as PNG")
            .Produces(StatusCodes.Status200OK, contentType: "image/png");

        group.MapPost("/{id}/pay", Pay)
            .RequireAuthorization(AuthPolicies.WalletHolder)
            .WithIdempotency()
            .WithName("PayPaymentRequest")
            .WithSummary("Pay a request from the caller's wallet (Idempotency-Key required)")
            .WithDescription(
                "The same payment as POST /payments (same limits and refusals), to the request's seller, linked to the request. "
                + "409 request_already_paid (someone else paid it), request_cancelled or request_expired; nothing moves then. "
                + "The payer asking again for a request it paid gets its payment again (200).");

        group.MapPost("/{id}/cancel", Cancel)
            .RequireAuthorization(AuthPolicies.Till)
            .WithName("CancelPaymentRequest")
            .WithSummary("Close an open request of the caller's till; a cancelled one answers again")
            .ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    public static async Task<Results<Created<PaymentRequestResponse>, ProblemHttpResult>> Create(
        JsonBody<NewPaymentRequestBody> body, ClaimsPrincipal principal, IGrainFactory grains, ITillStore till, IUserStore users,
        IIdGenerator ids, CancellationToken ct)
    {
        var sellerId = await TillSeller.OfAsync(principal, till, ct);
        if (sellerId is null)
        {
            return ApiProblem.Forbidden("This cashier is disabled.");
        }

        var request = await grains.Reference<IPaymentRequestGrain>(ids.NewId(IdPrefixes.PaymentRequest)).Create(
            new NewPaymentRequest(sellerId, new Money(body.Value.Amount), body.Value.Description, principal.UserId()));
        var response = await ResponseAsync(request, principal, users, sellerId, DateTimeOffset.MinValue, ct);
        return TypedResults.Created($"{RouteGroups.ApiBase}/payment-requests/{request.Id}", response);
    }

    public static async Task<Results<Ok<PaymentRequestResponse>, ProblemHttpResult>> Read(
        string id, ClaimsPrincipal principal, IGrainFactory grains, ITillStore till, IUserStore users, TimeProvider clock, CancellationToken ct)
    {
        var request = await FindAsync(id, grains);
        if (request is null)
        {
            return NoSuchRequest();
        }

        return TypedResults.Ok(await ResponseAsync(request, principal, users, await TillSeller.OfAsync(principal, till, ct), clock.GetUtcNow(), ct));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Svg(string id, IGrainFactory grains) =>
        await FindAsync(id, grains) is { } request
            ? TypedResults.Content(QrCodes.Svg(QrCodes.Payload(request.Id)), "image/svg+xml")
            : NoSuchRequest();

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Png(string id, IGrainFactory grains) =>
        await FindAsync(id, grains) is { } request
            ? TypedResults.File(QrCodes.Png(QrCodes.Payload(request.Id)), "image/png")
            : NoSuchRequest();

    public static async Task<Results<Created<PaymentResponse>, Ok<PaymentResponse>, ProblemHttpResult>> Pay(
        string id,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey)
    {
        if (idempotencyKey is null)
        {
            return ApiProblem.Validation(IdempotencyKey.Header, "is required to pay a request");
        }

        if (!Paging.IsId(id, IdPrefixes.PaymentRequest))
        {
            return NoSuchRequest();
        }

        var result = await grains.Reference<IPaymentRequestGrain>(id).Pay(principal.UserId());
        if (result is { Outcome: PaymentRequestOutcome.Ok or PaymentRequestOutcome.PaidBefore, Payment.Payment: { } payment })
        {
            return result.Outcome == PaymentRequestOutcome.PaidBefore
                ? TypedResults.Ok(PaymentResponse.Of(payment, balanceAfter: null))
                : TypedResults.Created($"{RouteGroups.ApiBase}/payments/{payment.Id}",
                    PaymentResponse.Of(payment, result.Payment.BalanceAfter.Rupiah));
        }

        return result.Outcome == PaymentRequestOutcome.PaymentRefused && result.Payment is { } refused
            ? OutcomeProblems.ToProblem(refused)
            : RequestProblem(result.Outcome);
    }

    public static async Task<Results<Ok<PaymentRequestResponse>, ProblemHttpResult>> Cancel(
        string id, ClaimsPrincipal principal, IGrainFactory grains, ITillStore till, IUserStore users, TimeProvider clock, CancellationToken ct)
    {
        var sellerId = await TillSeller.OfAsync(principal, till, ct);
        if (sellerId is null)
        {
            return ApiProblem.Forbidden("This cashier is disabled.");
        }

        if (!Paging.IsId(id, IdPrefixes.PaymentRequest))
        {
            return NoSuchRequest();
        }

        var result = await grains.Reference<IPaymentRequestGrain>(id).Cancel(sellerId);
        if (result.Outcome != PaymentRequestOutcome.Ok || result.Request is null)
        {
            return RequestProblem(result.Outcome);
        }

        return TypedResults.Ok(await ResponseAsync(result.Request, principal, users, sellerId, clock.GetUtcNow(), ct));
    }

    private static async Task<PaymentRequestRecord?> FindAsync(string id, IGrainFactory grains) =>
        Paging.IsId(id, IdPrefixes.PaymentRequest) ? await grains.Reference<IPaymentRequestGrain>(id).Read() : null;

    /// <summary>The request as <paramref name="principal"/> may see it: the payer's identity only to the till and the payer.</summary>
    private static async Task<PaymentRequestResponse> ResponseAsync(
        PaymentRequestRecord request, ClaimsPrincipal principal, IUserStore users, string? callerSeller, DateTimeOffset now, CancellationToken ct)
    {
        var merchant = await users.GetUserAsync(request.SellerId, ct);
        var path = $"{RouteGroups.ApiBase}/payment-requests/{request.Id}";
        var response = new PaymentRequestResponse(
            request.Id, request.Amount.Rupiah, request.Description, PaymentRequestResponse.StatusOf(request, now), ApiTime.Of(request.ExpiresAt),
            new PartyResponse(request.SellerId, merchant?.Name ?? ""),
            new QrResponse(QrCodes.Payload(request.Id), $"{path}/qr.svg", $"{path}/qr.png"));
        var mayKnowPayer = callerSeller == request.SellerId || request.PayerId == principal.UserId();
        if (request.Status != PaymentRequestStatus.Paid || !mayKnowPayer || request.PayerId is null)
        {
            return response;
        }

        var payer = await users.GetUserAsync(request.PayerId, ct);
        return response with { PaymentId = request.PaymentId, PaidBy = new PartyResponse(request.PayerId, payer?.Name ?? "") };
    }

    private static ProblemHttpResult NoSuchRequest() => ApiProblem.NotFound("No such payment request.");

    private static ProblemHttpResult RequestProblem(PaymentRequestOutcome outcome) => outcome switch
    {
        PaymentRequestOutcome.AlreadyPaid => ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.RequestAlreadyPaid, "This payment request was paid already."),
        PaymentRequestOutcome.Cancelled => ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.RequestCancelled, "This payment request was cancelled."),
        PaymentRequestOutcome.Expired => ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.RequestExpired, "This payment request has expired."),
        _ => NoSuchRequest(),
    };
}

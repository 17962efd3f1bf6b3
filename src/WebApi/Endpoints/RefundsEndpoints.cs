using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Cashless.WebApi.Reports;
using Cashless.WebApi.Till;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>The till's money back and its day: refunds of payments the seller received, and today's sales.</summary>
public static class RefundsEndpoints
{
    public static IEndpointRouteBuilder MapRefundsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapSecuredGroup("/payments", "Refunds", AuthPolicies.Till)
            .MapPost("/{id}/refunds", Refund)
            .WithIdempotency()
            .WithName("RefundPayment")
            .WithSummary("Give back all or part of a payment the seller received (seller or its cashier; Idempotency-Key required)")
            .WithDescription(
                "A payment from the seller to the original payer, kind refund in both journals, linked to the payment. "
                + "Within Till:RefundWindow (7 days) of the payment: else 422 refund_window_closed. All refunds of a payment "
                + "together never pass it: 422 refund_exceeds_payment. 422 insufficient_funds when the seller no longer has "
                + "the money. 404 not_found for a payment the seller did not receive.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapSecuredGroup("/sales", "Refunds", AuthPolicies.Till)
            .MapGet("/today", Today)
            .WithName("ListSalesOfToday")
            .WithSummary("The payments the seller received today (Reports:TimeZone), newest first, with what was refunded of each");

        return api;
    }

    public static async Task<Results<Created<RefundResponse>, ProblemHttpResult>> Refund(
        string id,
        JsonBody<RefundBody> body,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        ITillStore till,
        IIdGenerator ids,
        [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        CancellationToken ct)
    {
        if (idempotencyKey is null)
        {
            return ApiProblem.Validation(IdempotencyKey.Header, "is required to refund");
        }

        var sellerId = await TillSeller.OfAsync(principal, till, ct);
        if (sellerId is null)
        {
            return ApiProblem.Forbidden("This cashier is disabled.");
        }

        if (!Paging.IsId(id, IdPrefixes.Payment))
        {
            return NoSuchPayment();
        }

        // The key is the caller's (each cashier has its own key space), so the seller's journal names the caller too.
        var order = new RefundOrder(ids.NewId(IdPrefixes.Payment), id, new Money(body.Value.Amount), body.Value.Reason, principal.UserId(),
            $"refund:{principal.UserId()}/{idempotencyKey}");
        var result = await grains.Reference<IAccountRefunds>(sellerId).Refund(order);
        return result.Outcome switch
        {
            RefundOutcome.Ok when result.Refund is { } refund => TypedResults.Created(
                $"{RouteGroups.ApiBase}/payments/{refund.Id}",
                new RefundResponse(refund.Id, id, refund.State, refund.Amount.Rupiah, refund.To, refund.Description, result.Refunded.Rupiah,
                    result.BalanceAfter.Rupiah, ApiTime.Of(refund.CreatedAt))),
            RefundOutcome.WindowClosed => ApiProblem.Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.RefundWindowClosed,
                "This payment is too old to be refunded."),
            RefundOutcome.ExceedsPayment => ApiProblem.Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.RefundExceedsPayment,
                $"Only {result.Refunded.Rupiah} of this payment was refunded so far; this refund would give back more than was paid."),
            RefundOutcome.Refused => OutcomeProblems.ToProblem(result.Refusal, result.Refund?.Id),
            _ => NoSuchPayment(),
        };
    }

    public static async Task<Results<Ok<SaleResponse[]>, ProblemHttpResult>> Today(
        ClaimsPrincipal principal, ITillStore till, IReportStore reports, IUserStore users, IOptions<ReportsOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var sellerId = await TillSeller.OfAsync(principal, till, ct);
        if (sellerId is null)
        {
            return ApiProblem.Forbidden("This cashier is disabled.");
        }

        var zone = options.Value.Zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var range = new Grains.Reports.ReportRange(today, today, zone);
        var entries = await reports.ListEntriesBetweenAsync(sellerId, range.Start, range.Until, ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var sales = new List<SaleResponse>();
        foreach (var entry in entries.Where(e => e.Kind == Grains.Interfaces.Accounts.EntryKind.PaymentIn).Reverse())
        {
            var payerId = entry.Counterparty ?? "";
            if (!names.TryGetValue(payerId, out var name))
            {
                name = (await users.GetUserAsync(payerId, ct))?.Name ?? "";
                names[payerId] = name;
            }

            var refunded = await till.GetRefundedAsync(entry.Reference, ct);
            sales.Add(new SaleResponse(entry.Reference, entry.Amount.Rupiah, refunded.Rupiah, entry.Description,
                new PartyResponse(payerId, name), ApiTime.Of(entry.CreatedAt)));
        }

        return TypedResults.Ok(sales.ToArray());
    }

    private static ProblemHttpResult NoSuchPayment() => ApiProblem.NotFound("No such payment received by this till's seller.");
}

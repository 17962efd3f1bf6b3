using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Families;

/// <summary>
/// A guardian's allowance to a linked student: an ordinary payment from the guardian's wallet, which the account grains
/// record as <c>allowance_out</c> / <c>allowance_in</c> because the payer is a guardian (decision 0009). The student's
/// limits are the student's own spending: receiving is not spending, so they do not apply.
/// </summary>
public static class Allowances
{
    public static async Task<Results<Created<PaymentResponse>, ProblemHttpResult>> SendAsync(
        IGrainFactory grains, IIdGenerator ids, HttpContext context, string guardianId, string studentId, AllowanceRequest request,
        string? idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var order = new PaymentOrder(ids.NewId(IdPrefixes.Payment), studentId, new Money(request.Amount), request.Description,
            idempotencyKey is null ? null : $"key:{idempotencyKey}");
        var result = await grains.Reference<IAccountGrain>(guardianId).Pay(order);
        if (result.Replayed)
        {
            context.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        }

        if (result.Outcome != LedgerOutcome.Ok)
        {
            return OutcomeProblems.ToProblem(result);
        }

        var payment = result.Payment ?? throw new InvalidOperationException("An accepted allowance came back without its record.");
        return TypedResults.Created($"/api/v1/payments/{payment.Id}", PaymentResponse.Of(payment, result.BalanceAfter.Rupiah));
    }
}

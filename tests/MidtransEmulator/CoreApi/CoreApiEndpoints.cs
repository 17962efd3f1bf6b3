using Cashless.MidtransEmulator.Faults;
using Cashless.MidtransEmulator.Notifications;
using Cashless.MidtransEmulator.Transactions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using CoreApiResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<Cashless.MidtransEmulator.CoreApi.TransactionMessage>,
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<Cashless.MidtransEmulator.CoreApi.MidtransError>>;

namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>The Midtrans Core API subset used for VA top-ups: charge, status, cancel, expire.</summary>
public static class CoreApiEndpoints
{
    public static void MapCoreApi(this IEndpointRouteBuilder routes)
    {
        var v2 = routes.MapGroup("/v2").AddEndpointFilter<ServerKeyFilter>().WithTags("Core API");
        v2.MapPost("/charge", ChargeAsync).WithName("Charge").WithSummary("Create a VA (bank_transfer) or Mandiri bill (echannel) transaction");
        v2.MapGet("/{id}/status", StatusAsync).WithName("GetStatus").WithSummary("Read a transaction by order_id or transaction_id");
        v2.MapPost("/{id}/cancel", Cancel).WithName("Cancel").WithSummary("Cancel a pending transaction");
        v2.MapPost("/{id}/expire", Expire).WithName("Expire").WithSummary("Expire a pending transaction now");
    }

    private static async Task<CoreApiResult> ChargeAsync(
        HttpRequest request, EmulatorState state, TransactionLifecycle lifecycle, TransactionMessageFactory messages,
        IOptions<EmulatorOptions> options, CancellationToken cancellationToken)
    {
        var parsed = await ChargeRequestParser.ParseAsync(request.Body, cancellationToken);
        if (parsed.OrderId is { } orderId)
        {
            state.RecordChargeRequest(orderId);
        }
        return await WithFaultsAsync(state, faults => faults.Charge, () =>
        {
            if (parsed.Request is null)
            {
                return Json(MidtransError.Validation(parsed.Errors), StatusCodes.Status400BadRequest);
            }
            var urls = NotificationTargets.Resolve(request.Headers, options.Value.NotificationUrl);
            var created = lifecycle.Create(parsed.Request, urls);
            // Midtrans may put a 406 body under HTTP 200; clients must read the body's status_code.
            return created is null
                ? Json(MidtransError.DuplicateOrderId(), StatusCodes.Status200OK)
                : Json(messages.Charge(created), StatusCodes.Status201Created);
        }, cancellationToken);
    }

    private static Task<CoreApiResult> StatusAsync(
        string id, EmulatorState state, TransactionMessageFactory messages, CancellationToken cancellationToken) =>
        WithFaultsAsync(state, faults => faults.Status, () =>
            state.Find(id) is { } transaction
                ? Json(messages.Status(transaction), StatusCodes.Status200OK)
                : Json(MidtransError.NotFound(), StatusCodes.Status404NotFound),
            cancellationToken);

    private static CoreApiResult Cancel(string id, TransactionLifecycle lifecycle, TransactionMessageFactory messages) =>
        Modify(lifecycle.Move(id, TransactionStatus.Cancel, NotificationOptions.Once), messages.Cancelled);

    private static CoreApiResult Expire(string id, TransactionLifecycle lifecycle, TransactionMessageFactory messages) =>
        Modify(lifecycle.Move(id, TransactionStatus.Expire, NotificationOptions.Once), messages.Expired);

    // A refused cancel/expire is a 412 body under HTTP 200, as Midtrans' cancel reference files it.
    private static CoreApiResult Modify(Transition transition, Func<Transaction, TransactionMessage> render) =>
        transition switch
        {
            { Outcome: TransitionOutcome.Moved, Transaction: { } moved } => Json(render(moved), StatusCodes.Status200OK),
            { Outcome: TransitionOutcome.NotAllowed } => Json(MidtransError.CannotModify(), StatusCodes.Status200OK),
            _ => Json(MidtransError.NotFound(), StatusCodes.Status404NotFound),
        };

    /// <summary>
    /// Applies the fault set for this endpoint. A timeout still does the work first (a charge is recorded,
    /// as a real gateway would have), then holds the answer back.
    /// </summary>
    private static async Task<CoreApiResult> WithFaultsAsync(
        EmulatorState state, Func<FaultSettings, FaultMode> select, Func<CoreApiResult> answer, CancellationToken cancellationToken)
    {
        var faults = state.Faults;
        switch (select(faults))
        {
            case FaultMode.Http500:
                return Json(MidtransError.Internal(), StatusCodes.Status500InternalServerError);
            case FaultMode.Body500:
                return Json(MidtransError.Internal(), StatusCodes.Status200OK);
            case FaultMode.Timeout:
                var result = answer();
                await Task.Delay(faults.DelayMs, cancellationToken);
                return result;
            default:
                return answer();
        }
    }

    private static JsonHttpResult<T> Json<T>(T body, int statusCode) => TypedResults.Json(body, statusCode: statusCode);
}

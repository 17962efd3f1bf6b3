using System.Text.Json;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Json;
using Cashless.WebApi.Midtrans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

/// <summary>
/// Midtrans' HTTP notifications. No token: the body's signature_key is the authentication. The answer code steers
/// Midtrans' retries (2xx none, 503 four, 404 two), so only a status that could not be confirmed asks for one.
/// </summary>
public static class MidtransEndpoints
{
    public static IEndpointRouteBuilder MapMidtransEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/midtrans/notifications", ReceiveNotification)
            .AllowAnonymous()
            .WithTags("Midtrans")
            .WithName("ReceiveMidtransNotification")
            .WithSummary("Midtrans HTTP notification of a virtual-account top-up's status")
            .WithDescription(
                "Called by Midtrans, not by apps. The signature_key (SHA-512 of order_id + status_code + gross_amount + server "
                + "key) is checked first, in constant time: a mismatch is 401 invalid_signature, changes nothing and is logged. "
                + "Unknown order_id: 404. With Midtrans:VerifyStatus (default on) the status API's answer is what is applied; "
                + "if it cannot be had, 503 so that Midtrans retries. settlement credits the charged amount exactly once; "
                + "expire, cancel, deny and failure close the top-up; deny after settlement reverses it; an amount that differs "
                + "from the charge flags it. Duplicates and stale statuses answer 200 and change nothing. Unknown members are ignored.")
            .Accepts<MidtransTransaction>("application/json")
            .Produces<NotificationAck>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    public static async Task<Results<Ok<NotificationAck>, ProblemHttpResult>> ReceiveNotification(
        HttpContext http, MidtransNotificationHandler handler)
    {
        ArgumentNullException.ThrowIfNull(http);
        var bytes = await RequestBody.ReadAsync(http.Request, RequestBody.MaxBytes, http.RequestAborted);
        if (bytes is null)
        {
            return ApiProblem.Of(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
                $"The body must not be larger than {RequestBody.MaxBytes} bytes.");
        }

        MidtransTransaction? notification;
        try
        {
            notification = JsonSerializer.Deserialize<MidtransTransaction>(bytes, MidtransJson.Options);
        }
        catch (JsonException)
        {
            notification = null;
        }

        if (notification is null)
        {
            return ApiProblem.Of(StatusCodes.Status400BadRequest, ErrorCodes.MalformedJson, "The body is not a JSON notification object.");
        }

        // Not the request's token: a verified status is applied even if Midtrans stops waiting for the answer.
        var verdict = await handler.HandleAsync(notification, http.Connection.RemoteIpAddress, CancellationToken.None);
        return verdict switch
        {
            NotificationVerdict.Applied => TypedResults.Ok(NotificationAck.Ok),
            NotificationVerdict.NotConfigured => GatewayProblems.NotConfigured(),
            NotificationVerdict.InvalidSignature => GatewayProblems.InvalidSignature(),
            NotificationVerdict.UnknownOrder => ApiProblem.NotFound("No virtual-account top-up has this order_id."),
            _ => GatewayProblems.StatusUnavailable(),
        };
    }
}

using System.ComponentModel;
using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

/// <summary>
/// The caller's notification log (feature 10): every event that concerns the user is written with it, in the same
/// commit, so the log has it even when nobody was connected to the live hub.
/// </summary>
public static class NotificationsEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/notifications")
            .WithTags("Notifications")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapGet("/", ListNotifications)
            .WithName("ListNotifications")
            .WithSummary("The caller's notifications, newest first; ?unread=true for the unread ones only")
            .WithDescription(
                "kind is one of topup_settled, topup_failed, topup_approved, topup_rejected, topup_reversed, payment_received, "
                + "payment_sent, payment_reversed, withdrawal_completed, withdrawal_rejected, account_frozen, account_unfrozen, "
                + "payment_request_paid, refund_received, balance_low, large_payment, limit_reached (a guardian also gets its students' balance_low, "
                + "topup_settled and topup_approved, with the student's id as reference). "
                + "amount and reference (the payment, top-up or withdrawal id) are absent where they do not apply; readAt is "
                + "absent while unread. The same items are pushed live on the SignalR hub /hubs/notifications (event notification).")
            .ProducesValidationProblem();

        group.MapPost("/{id}/read", MarkRead)
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one of the caller's notifications read (204); marking it again keeps the first read time")
            .WithDescription("404 not_found when the caller has no notification with this id.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/read-all", MarkAllRead)
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark every unread notification of the caller read; answers how many were unread")
            .WithDescription("Always 200 with {marked: n}; n is 0 when nothing was unread.");

        return api;
    }

    public static async Task<Results<Ok<PageResponse<NotificationResponse>>, ProblemHttpResult>> ListNotifications(
        ClaimsPrincipal principal, INotificationStore notifications,
        [Description("true: only the unread ones")] bool? unread, int? limit, string? before, CancellationToken ct)
    {
        if (!Paging.TryCreate(limit, before, out var page, out var problem))
        {
            return problem!;
        }

        var found = await notifications.ListNotificationsAsync(principal.UserId(), unread == true, page, ct);
        return TypedResults.Ok(Paging.Respond(found, NotificationResponse.Of));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(
        string id, ClaimsPrincipal principal, INotificationStore notifications, TimeProvider clock, CancellationToken ct)
    {
        var marked = Paging.IsId(id, IdPrefixes.Notification)
            && await notifications.MarkNotificationReadAsync(principal.UserId(), id, clock.GetUtcNow(), ct);
        return marked ? TypedResults.NoContent() : ApiProblem.NotFound("No such notification of yours.");
    }

    public static async Task<Ok<ReadAllResponse>> MarkAllRead(
        ClaimsPrincipal principal, INotificationStore notifications, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(new ReadAllResponse(await notifications.MarkAllNotificationsReadAsync(principal.UserId(), clock.GetUtcNow(), ct)));
}

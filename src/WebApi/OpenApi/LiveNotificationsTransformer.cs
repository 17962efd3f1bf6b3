using Cashless.WebApi.Hubs;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cashless.WebApi.OpenApi;

/// <summary>
/// OpenAPI describes HTTP operations, not a SignalR hub and its events, so the live-notification channel is described
/// in the document's description (shown at the top of the docs page). Runs after <see cref="BearerSecurityTransformer"/>.
/// </summary>
public sealed class LiveNotificationsTransformer : IOpenApiDocumentTransformer
{
    public const string Description =
        "\n\n## Live notifications (SignalR)\n"
        + "OpenAPI cannot describe a SignalR hub, so it is described here. Hub: `" + NotificationHub.Path + "` (JSON protocol; "
        + "WebSockets, Server-Sent Events or long polling). Any signed-in user may connect. The token goes in the "
        + "`Authorization: Bearer` header or, on this path only, as `?access_token=<JWT>` (browsers cannot set headers on a "
        + "WebSocket). A missing, forged, expired or revoked token is refused with 401 before the connection opens; an open "
        + "connection is closed when its token expires, and within a minute once it is revoked (logout). Behind a proxy "
        + "that spreads requests over several nodes, connect with WebSockets and skip negotiation (one request), or route "
        + "`/hubs/` to the same node per client: a negotiated connection id is known only to the node that issued it.\n\n"
        + "Server events (clients only listen; the hub has no methods):\n"
        + "- `" + NotificationHub.NotificationEvent + "`: one notification of the connected user, the same item as in "
        + "`GET /api/v1/notifications` (`{id, kind, message, amount?, reference?, createdAt}`), pushed once it is committed, "
        + "whichever node raised it.\n"
        + "- `" + NotificationHub.CommunityEvent + "` (admins only): every notification of the community, "
        + "`{id, userId, userName, kind, message, amount?, reference?, createdAt}`, for a live feed; a payment shows twice "
        + "(`payment_sent`, `payment_received`). Pushes are not ordered; ids are time-ordered.\n\n"
        + "Live delivery is best effort and never delays a payment: a client that was offline, or reconnects, reads what it "
        + "missed from `GET /api/v1/notifications?unread=true`.";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Description += Description;
        return Task.CompletedTask;
    }
}

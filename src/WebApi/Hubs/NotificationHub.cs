using Cashless.WebApi.Auth;
using Microsoft.AspNetCore.SignalR;

namespace Cashless.WebApi.Hubs;

/// <summary>
/// The live side of feature 10. Any signed-in user may connect (browsers pass the token as <c>?access_token=</c>);
/// each connection joins its user's group and receives <see cref="NotificationEvent"/> with the same item as the
/// notification log; admins also join <see cref="AdminsGroup"/> and receive every notification of the community as
/// <see cref="CommunityEvent"/>. Clients only listen: the hub has no methods to call.
/// </summary>
public sealed class NotificationHub(LiveSubscriptions live) : Hub
{
    public const string Path = CashlessJwtBearerEvents.HubsPath + "/notifications";
    public const string NotificationEvent = "notification";
    public const string CommunityEvent = "community";
    public const string AdminsGroup = "admins";

    public static string UserGroup(string userId) => $"user:{userId}";

    /// <summary>Joins the groups first, then makes sure this silo hears the feeds, so nothing committed after this is missed.</summary>
    public override async Task OnConnectedAsync()
    {
        var connection = LiveConnection.Of(Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(connection.UserId));
        if (connection.IsAdmin)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, AdminsGroup);
        }

        await live.ConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        live.Disconnected(Context.ConnectionId);
        return Task.CompletedTask;
    }
}

using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Sessions;
using Cashless.Grains.Notifications;
using Cashless.WebApi.Auth;
using Microsoft.AspNetCore.SignalR;

namespace Cashless.WebApi.Hubs;

/// <summary>One open hub connection: whose it is, the token it was opened with (for revocation), and the feeds it hears.</summary>
public sealed record LiveConnection(HubCallerContext Context, string UserId, bool IsAdmin, string TokenId, DateTimeOffset IssuedAt)
{
    public string Id => Context.ConnectionId;

    /// <summary>The user's own feed, and for admins every shard of the community feed as well.</summary>
    public IReadOnlyList<string> Feeds => IsAdmin ? [UserId, .. NotificationPublisher.CommunityFeeds] : [UserId];

    /// <summary>The hub only runs for authenticated connections, whose token was checked to carry these claims.</summary>
    public static LiveConnection Of(HubCallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User ?? throw new InvalidOperationException("A hub connection without a user passed authorization.");
        var tokenId = user.TokenIdOf();
        if (!TokenIds.TryGetIssuedAt(tokenId, out var issuedAt))
        {
            throw new InvalidOperationException("An authenticated token has an unreadable jti.");
        }

        return new LiveConnection(context, user.UserId(), user.IsInRole(RoleNames.Admin), tokenId, issuedAt);
    }

    /// <summary>Whether an admin's connection may still hear the community feed: the user is an admin and not frozen.</summary>
    public static bool IsAdminNow(SessionAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access is { Role: AccountRole.Admin, Status: AccountStatus.Active };
    }
}

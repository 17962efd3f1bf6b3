using System.ComponentModel.DataAnnotations;

namespace Cashless.WebApi.Hubs;

/// <summary>The "Notifications" section: how often a front silo renews its feed subscriptions and re-checks its connections' tokens.</summary>
public sealed class LiveNotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>
    /// Below the feed grain's subscription lifetime (3 minutes) with room for a missed round. Also how soon an open
    /// connection whose token was revoked (logout) is closed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:30")]
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromMinutes(1);
}

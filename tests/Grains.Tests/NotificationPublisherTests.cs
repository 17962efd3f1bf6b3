using Cashless.Grains.Notifications;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>The community feed is spread over its shards, and no shard key can be a user's own feed.</summary>
public sealed class NotificationPublisherTests
{
    [Fact]
    public void CommunityFeedOf_ManyUsers_UsesEveryShardAndOnlyShards()
    {
        var users = Enumerable.Range(0, 1_000).Select(_ => "usr_" + Guid.CreateVersion7().ToString("N")).ToList();

        var shards = users.Select(NotificationPublisher.CommunityFeedOf).ToList();

        Assert.Equal(NotificationPublisher.CommunityFeeds.OrderBy(f => f, StringComparer.Ordinal), shards.Distinct().OrderBy(f => f, StringComparer.Ordinal));
        Assert.All(shards, shard => Assert.True(NotificationPublisher.IsCommunityFeed(shard)));
        Assert.All(users, user => Assert.False(NotificationPublisher.IsCommunityFeed(user)));
        Assert.Equal(shards, users.Select(NotificationPublisher.CommunityFeedOf));
    }
}

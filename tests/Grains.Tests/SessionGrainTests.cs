using Cashless.Grains.Interfaces.Sessions;
using Xunit;

namespace Cashless.Grains.Tests;

[Collection(ClusterTestGroup.Name)]
public sealed class SessionGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Later = DateTimeOffset.UtcNow.AddHours(1);

    [Fact]
    public async Task Revoke_OneToken_OnlyThatTokenIsRefusedEvenAfterReload()
    {
        var user = NewUserId();
        var session = fixture.Grains.GetGrain<ISessionGrain>(user);

        await session.Revoke("jti-a", Later);

        Assert.True((await session.Check("jti-a", DateTimeOffset.UtcNow)).Revoked);
        Assert.False((await session.Check("jti-b", DateTimeOffset.UtcNow)).Revoked);
        await fixture.Cluster.DeactivateAsync(session);
        Assert.True((await session.Check("jti-a", DateTimeOffset.UtcNow)).Revoked);
    }

    [Fact]
    public async Task RevokeAll_KeepingOne_RefusesOlderTokensButNotTheKeptOrNewerOnes()
    {
        var user = NewUserId();
        var session = fixture.Grains.GetGrain<ISessionGrain>(user);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await session.RevokeAll("jti-current");

        Assert.True((await session.Check("jti-old", before)).Revoked);
        Assert.False((await session.Check("jti-current", before)).Revoked);
        Assert.False((await session.Check("jti-new", DateTimeOffset.UtcNow.AddSeconds(1))).Revoked);
        await fixture.Cluster.DeactivateAsync(session);
        Assert.True((await session.Check("jti-old", before)).Revoked);
        Assert.False((await session.Check("jti-current", before)).Revoked);
    }

    [Fact]
    public async Task LoginThrottle_FiveFailuresFromOneAddress_LockThatAddressOnly()
    {
        var throttle = fixture.Grains.GetGrain<ILoginThrottleGrain>(NewUserId() + "@example.com");
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await throttle.TryBegin("203.0.113.1"));
            await throttle.Finish("203.0.113.1", LoginAttemptResult.Failed);
        }

        var wait = await throttle.TryBegin("203.0.113.1");
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Null(await throttle.TryBegin("198.51.100.1"));
        await throttle.Finish("198.51.100.1", LoginAttemptResult.Succeeded);
    }

    [Fact]
    public async Task LoginThrottle_ChecksInFlight_CountAgainstTheFreeTriesUntilFinished()
    {
        var throttle = fixture.Grains.GetGrain<ILoginThrottleGrain>(NewUserId() + "@example.com");
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await throttle.TryBegin("203.0.113.2"));
        }

        Assert.NotNull(await throttle.TryBegin("203.0.113.2"));
        await throttle.Finish("203.0.113.2", LoginAttemptResult.NotJudged);
        Assert.Null(await throttle.TryBegin("203.0.113.2"));
        await throttle.Finish("203.0.113.2", LoginAttemptResult.Succeeded);
    }

    private static string NewUserId() => "usr_" + Guid.CreateVersion7().ToString("N");
}

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
    public async Task LoginThrottle_AfterFiveFailures_AsksToWaitUntilSuccessResetsIt()
    {
        var throttle = fixture.Grains.GetGrain<ILoginThrottleGrain>(NewUserId() + "@example.com");
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await throttle.RetryAfter());
            await throttle.RecordFailure();
        }

        var wait = await throttle.RetryAfter();
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        await throttle.RecordSuccess();
        Assert.Null(await throttle.RetryAfter());
    }

    private static string NewUserId() => "usr_" + Guid.CreateVersion7().ToString("N");
}

using Cashless.Grains.Interfaces.Idempotency;
using Xunit;

namespace Cashless.Grains.Tests;

[Collection(ClusterTestGroup.Name)]
public sealed class IdempotencyGrainTests(ClusterFixture fixture)
{
    private static readonly IdempotentResponse Created = new(201, "application/json", "{\"id\":\"pay_1\"}"u8.ToArray(), null);

    [Fact]
    public async Task Begin_WhileFirstRuns_SameRequestWaitsAndOtherRequestIsRefused()
    {
        var key = Key();
        Assert.Equal(IdempotencyClaimKind.Started, (await key.Begin("hash-a")).Kind);
        Assert.Equal(IdempotencyClaimKind.InProgress, (await key.Begin("hash-a")).Kind);
        Assert.Equal(IdempotencyClaimKind.KeyReused, (await key.Begin("hash-b")).Kind);
    }

    [Fact]
    public async Task Begin_AfterComplete_ReplaysTheStoredAnswerEvenAfterReload()
    {
        var key = Key();
        await key.Begin("hash-a");
        await key.Complete("hash-a", Created);
        await fixture.Cluster.DeactivateAsync(key);

        var replay = await key.Begin("hash-a");
        Assert.Equal(IdempotencyClaimKind.Replay, replay.Kind);
        Assert.Equal(Created.Body, replay.Response?.Body);
        Assert.Equal(IdempotencyClaimKind.KeyReused, (await key.Begin("hash-b")).Kind);
    }

    [Fact]
    public async Task Begin_AfterAbandon_RunsAgain()
    {
        var key = Key();
        await key.Begin("hash-a");
        await key.Abandon("hash-a");
        Assert.Equal(IdempotencyClaimKind.Started, (await key.Begin("hash-a")).Kind);
    }

    [Fact]
    public async Task Begin_AfterTheLeaseOfAnAttemptThatNeverEnded_RunsAgain()
    {
        var key = Key();
        Assert.Equal(IdempotencyClaimKind.Started, (await key.Begin("hash-a")).Kind);
        try
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(59)); // the default lease is a minute
            Assert.Equal(IdempotencyClaimKind.InProgress, (await key.Begin("hash-a")).Kind);

            fixture.Clock.Advance(TimeSpan.FromSeconds(1)); // its front died: nothing completes or abandons the attempt
            Assert.Equal(IdempotencyClaimKind.Started, (await key.Begin("hash-a")).Kind);
            Assert.Equal(IdempotencyClaimKind.InProgress, (await key.Begin("hash-a")).Kind);

            await key.Complete("hash-a", Created);
            Assert.Equal(IdempotencyClaimKind.Replay, (await key.Begin("hash-a")).Kind);
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    [Fact]
    public async Task Begin_AfterTheLeaseWithAnotherBody_RunsIt()
    {
        var key = Key();
        await key.Begin("hash-a");
        try
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(2));

            Assert.Equal(IdempotencyClaimKind.Started, (await key.Begin("hash-b")).Kind);
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    private IIdempotencyGrain Key() =>
        fixture.Grains.GetGrain<IIdempotencyGrain>($"usr_{Guid.CreateVersion7():N}/{Guid.NewGuid():N}");
}

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

    private IIdempotencyGrain Key() =>
        fixture.Grains.GetGrain<IIdempotencyGrain>($"usr_{Guid.CreateVersion7():N}/{Guid.NewGuid():N}");
}

using Cashless.Grains.Interfaces.Jobs;
using Cashless.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Cashless.Grains.Tests;

[Collection(ClusterTestGroup.Name)]
public sealed class PeriodicJobGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan LongLease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task TryClaim_TwoFrontsInOneInterval_OnlyTheFirstRunsUntilTheIntervalHasPassed()
    {
        var job = NewJob();
        var interval = TimeSpan.FromSeconds(1);

        var first = await job.TryClaim(interval, LongLease);
        await job.Finish();
        var second = await job.TryClaim(interval, LongLease);
        await Task.Delay(interval);
        var next = await job.TryClaim(interval, LongLease);

        Assert.True(first);
        Assert.False(second);
        Assert.True(next);
    }

    [Fact]
    public async Task TryClaim_PassStillRunningAfterItsInterval_NoSecondPassUntilItFinishes()
    {
        var job = NewJob();
        var interval = TimeSpan.FromMilliseconds(100);
        Assert.True(await job.TryClaim(interval, LongLease));
        await Task.Delay(interval * 3);

        Assert.False(await job.TryClaim(interval, LongLease));
        await job.Finish();
        Assert.True(await job.TryClaim(interval, LongLease));
    }

    [Fact]
    public async Task TryClaim_HolderNeverFinished_TheLeaseLapses()
    {
        var job = NewJob();
        var lease = TimeSpan.FromMilliseconds(300);
        Assert.True(await job.TryClaim(TimeSpan.FromMilliseconds(10), lease));

        await Task.Delay(lease * 2);

        Assert.True(await job.TryClaim(TimeSpan.FromMilliseconds(10), lease));
    }

    [Fact]
    public async Task OutboxRecovery_TwoSilosTickTogether_OnlyOneRunsAPass()
    {
        var silos = Enumerable.Range(0, 2)
            .Select(_ => ActivatorUtilities.CreateInstance<OutboxRecoveryService>(fixture.SiloServices)).ToList();

        var ran = await Task.WhenAll(silos.Select(silo => silo.TickAsync(CancellationToken.None)));

        Assert.Equal(1, ran.Count(r => r));
        silos.ForEach(silo => silo.Dispose());
    }

    private IPeriodicJobGrain NewJob() => fixture.Grains.GetGrain<IPeriodicJobGrain>($"job-{Guid.NewGuid():N}");
}

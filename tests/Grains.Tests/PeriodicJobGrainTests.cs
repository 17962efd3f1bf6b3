using Cashless.Grains.Interfaces.Jobs;
using Xunit;

namespace Cashless.Grains.Tests;

[Collection(ClusterTestGroup.Name)]
public sealed class PeriodicJobGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TryClaim_TwoFrontsInOneInterval_OnlyTheFirstRunsUntilTheIntervalHasPassed()
    {
        var job = fixture.Grains.GetGrain<IPeriodicJobGrain>($"job-{Guid.NewGuid():N}");
        var interval = TimeSpan.FromSeconds(1);

        var first = await job.TryClaim(interval);
        var second = await job.TryClaim(interval);
        await Task.Delay(interval);
        var next = await job.TryClaim(interval);

        Assert.True(first);
        Assert.False(second);
        Assert.True(next);
    }
}

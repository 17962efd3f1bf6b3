using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Cashless.Grains.Tests;

/// <summary>
/// Two silos on one SQLite file, each with its own store and so its own writer: a payer and a payee activated on
/// different silos commit through different writers, as on two nodes of a cluster. <see cref="ClusterFixture.Store"/>
/// is the first silo's.
/// </summary>
public sealed class TwoSiloFixture() : ClusterFixture(new Dictionary<string, string?>(), silos: 2)
{
    /// <summary>The silo each of these account grains is active on (activate them first).</summary>
    public async Task<Dictionary<string, SiloAddress>> SilosOf(IEnumerable<string> accountIds)
    {
        var wanted = accountIds.ToHashSet();
        var statistics = await Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics
            .Where(s => wanted.Contains(s.GrainId.Key.ToString()!))
            .GroupBy(s => s.GrainId.Key.ToString()!)
            .ToDictionary(g => g.Key, g => g.First().SiloAddress);
    }

    // Orleans' default (resource-optimized since 9.2) keeps putting new grains on the less busy of two silos in one
    // process; random placement lands a pair on different silos within a few tries.
    protected override void AddServices(IServiceCollection services) =>
        services.AddSingleton<PlacementStrategy, RandomPlacement>();
}

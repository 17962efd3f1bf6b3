using Cashless.Grains.Common;
using Cashless.Grains.Ledger;
using Cashless.Silo.Hosting;
using Cashless.Silo.Storage.Sqlite;
using Cashless.Storage.Tests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.TestingHost;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// Two silos on one SQLite file, each with its own store and so its own writer: a payer and a payee activated on
/// different silos commit through different writers, as on two nodes of a cluster.
/// </summary>
public sealed class TwoSiloFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public ArmedFaults Faults { get; } = new();

    public ICashlessStore Store => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<ICashlessStore>();

    private string ConnectionString => $"Data Source={Path.Combine(_folder.Path, "cashless.db")}";

    public async Task InitializeAsync()
    {
        await using (var schema = new SqliteCashlessStore(ConnectionString))
        {
            await schema.InitializeAsync();
        }

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Sqlite"] = ConnectionString,
                ["Limits:MaxBalance"] = TestLimits.MaxBalance.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Outbox:RecoveryInterval"] = "01:00:00",
                ["Outbox:MinimumAge"] = "00:00:00",
            });
            host.Services.AddSingleton<IFaultInjector>(Faults);
            // Orleans' default (resource-optimized since 9.2) keeps putting new grains on the less busy of two silos in
            // one process; random placement lands a pair on different silos within a few tries.
            host.Services.AddSingleton<PlacementStrategy, RandomPlacement>();
            host.Services.AddCashlessServices(host.Configuration);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

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

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _folder.Delete();
    }
}

using Cashless.Grains.Common;
using Cashless.Grains.Ledger;
using Cashless.Silo.Hosting;
using Cashless.Silo.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// A real Orleans cluster (TestingHost, in process) whose grains write to a real SQLite file. Shared by the tests
/// of one collection; each test makes its own accounts.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly short _silos;

    private readonly TempFolder _folder = new();

    public ClusterFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A cluster of <paramref name="silos"/> silos that also have <paramref name="settings"/> (a fixture of its own for tests of a bound).</summary>
    protected ClusterFixture(IReadOnlyDictionary<string, string?> settings, short silos = 1)
    {
        _settings = settings;
        _silos = silos;
    }

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public ArmedFaults Faults { get; } = new();

    /// <summary>The silo's clock; a test that moves it puts it back when done.</summary>
    public MovableClock Clock { get; } = new();

    public string ConnectionString => $"Data Source={Path.Combine(_folder.Path, "cashless.db")}";

    /// <summary>The store the silo uses (the same instance, so its write queue is shared).</summary>
    public ICashlessStore Store => SiloServices.GetRequiredService<ICashlessStore>();

    public IServiceProvider SiloServices => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress);

    public async Task InitializeAsync()
    {
        // The schema lives in the file, so it can be created before the silo starts.
        await using (var schema = new SqliteCashlessStore(ConnectionString))
        {
            await schema.InitializeAsync();
        }

        var builder = new InProcessTestClusterBuilder(_silos);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Sqlite"] = ConnectionString,
                ["Limits:MaxBalance"] = TestLimits.MaxBalance.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // Tests run recovery passes themselves (OutboxRecoveryService.RecoverOnce), so none races their asserts.
                ["Outbox:RecoveryInterval"] = "01:00:00",
                ["Outbox:MinimumAge"] = "00:00:00",
            });
            host.Configuration.AddInMemoryCollection(_settings);
            host.Services.AddSingleton<IFaultInjector>(Faults);
            host.Services.AddSingleton<TimeProvider>(Clock);
            AddServices(host.Services);
            host.Services.AddCashlessServices(host.Configuration);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>Services a derived fixture adds to every silo, before the application's own.</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _folder.Delete();
    }
}

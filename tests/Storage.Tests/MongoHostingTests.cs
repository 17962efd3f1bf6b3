using Cashless.Grains.Ledger;
using Cashless.Silo.Hosting;
using Cashless.Silo.Storage.Mongo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>"Storage:Provider=Mongo" picks the Mongo store (no server is needed to build it: the driver connects lazily).</summary>
public sealed class MongoHostingTests
{
    [Theory]
    [InlineData("mongodb://db.invalid:27017/school?replicaSet=rs0", "school")]
    [InlineData("mongodb://db.invalid:27017/?replicaSet=rs0", MongoCashlessStore.DefaultDatabase)]
    public async Task AddCashlessServices_MongoProvider_BuildsTheMongoStoreOnTheNamedDatabase(string connectionString, string database)
    {
        await using var services = Services(("Storage:Provider", "Mongo"), ("ConnectionStrings:Mongo", connectionString)).BuildServiceProvider();

        var store = Assert.IsType<MongoCashlessStore>(services.GetRequiredService<ICashlessStore>());

        Assert.Equal(database, store.DatabaseName);
        Assert.Same(store, services.GetRequiredService<ILedgerStore>());
    }

    [Fact]
    public void AddCashlessServices_MongoProviderWithoutConnectionString_FailsAtStart()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Services(("Storage:Provider", "Mongo")));

        Assert.Contains("ConnectionStrings:Mongo", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddCashlessServices(configuration);
        return services;
    }
}

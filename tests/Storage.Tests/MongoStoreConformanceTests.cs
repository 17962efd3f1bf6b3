using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Mongo;
using MongoDB.Driver;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>
/// The conformance suite on a real MongoDB replica set named by <c>CASHLESS_TEST_MONGO</c> (a connection string):
/// every test gets a database of its own, dropped after it. Without the variable every test reports itself skipped,
/// with the reason, and never as passed: no MongoDB server runs on the project's own machines.
/// </summary>
public sealed class MongoStoreConformanceTests(MongoServer server) : StoreConformanceTests, IClassFixture<MongoServer>
{
    private readonly string _database = $"cashless_test_{Guid.NewGuid():N}";
    private string? _connectionString;

    protected override Task<ICashlessStore> OpenFreshStoreAsync()
    {
        _connectionString = server.Require();
        return OpenAsync();
    }

    protected override Task<ICashlessStore> ReopenStoreAsync() => OpenAsync();

    protected override bool DerivesPaymentNotifications => false;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
        {
            using var client = new MongoClient(_connectionString);
            await client.DropDatabaseAsync(_database);
        }
    }

    private async Task<ICashlessStore> OpenAsync()
    {
        var store = new MongoCashlessStore(_connectionString!, _database);
        await store.InitializeAsync();
        return store;
    }
}

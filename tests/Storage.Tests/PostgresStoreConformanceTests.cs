using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Postgres;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>The conformance suite on a real PostgreSQL: every test gets a new database, dropped after it.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed partial class PostgresStoreConformanceTests(PostgresServer server) : StoreConformanceTests
{
    private string? _connectionString;

    protected override async Task<ICashlessStore> OpenFreshStoreAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        return await OpenAsync();
    }

    protected override Task<ICashlessStore> ReopenStoreAsync() => OpenAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
        {
            await server.DropDatabaseAsync(_connectionString);
        }
    }

    private async Task<ICashlessStore> OpenAsync()
    {
        var store = new PostgresCashlessStore(_connectionString!);
        await store.InitializeAsync();
        return store;
    }
}

using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Sqlite;

namespace Cashless.Storage.Tests;

/// <summary>The conformance suite on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteStoreConformanceTests : StoreConformanceTests
{
    private readonly TempFolder _folder = new();

    private string ConnectionString => $"Data Source={Path.Combine(_folder.Path, "cashless.db")}";

    protected override async Task<ICashlessStore> OpenFreshStoreAsync()
    {
        var store = new SqliteCashlessStore(ConnectionString);
        await store.InitializeAsync();
        return store;
    }

    protected override async Task<ICashlessStore> ReopenStoreAsync()
    {
        var store = new SqliteCashlessStore(ConnectionString);
        await store.InitializeAsync();
        return store;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Delete();
    }
}

using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Sqlite;
using Xunit;
using static Cashless.Storage.Tests.WriterSamples;

namespace Cashless.Storage.Tests;

/// <summary>
/// The store writer's bound (Storage:MaxQueuedWrites): at the bound new money operations are no longer admitted
/// (<see cref="ICashlessStore.HasRoom"/>); at twice the bound a write is refused at once, and nothing of it is written.
/// </summary>
public sealed class SqliteWriterBackpressureTests : IDisposable
{
    private const int Bound = 2;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Delete();

    [Fact]
    public async Task Write_PastTwiceTheBound_IsRefusedAtOnceAndTheHeldWritesStillLand()
    {
        await using var store = new SqliteCashlessStore($"Data Source={Path.Combine(_folder.Path, "cashless.db")}", Bound);
        await store.InitializeAsync();
        store.WriterPause.Pause();
        var held = new List<Task<bool>> { store.CreateUserAsync(NewUser("usr_0")) };
        Assert.True(store.HasRoom);
        held.AddRange(Enumerable.Range(1, 2 * Bound - 1).Select(i => store.CreateUserAsync(NewUser($"usr_{i}"))));
        Assert.False(store.HasRoom);

        await Assert.ThrowsAsync<StoreOverloadedException>(() => store.CreateUserAsync(NewUser("usr_refused")));

        store.WriterPause.Resume();
        Assert.All(await Task.WhenAll(held), Assert.True);
        Assert.True(store.HasRoom);
        Assert.Null(await store.GetUserAsync("usr_refused"));
        Assert.True(await store.CreateUserAsync(NewUser("usr_refused")));
    }
}

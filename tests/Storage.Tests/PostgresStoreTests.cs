using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Postgres;
using Npgsql;
using Xunit;

using static Cashless.Storage.Tests.WriterSamples;

namespace Cashless.Storage.Tests;

/// <summary>
/// What the conformance suite does not reach on PostgreSQL: several silos (store instances) on one database at once,
/// and the group-commit writer, which writes a clean batch without savepoints and must let a refused or failing write
/// undo only itself.
/// </summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : IAsyncLifetime
{
    private const int Silos = 8;
    private readonly List<PostgresCashlessStore> _stores = [];
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        _stores.AddRange(Enumerable.Range(0, Silos).Select(_ => new PostgresCashlessStore(_connectionString)));
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        await server.DropDatabaseAsync(_connectionString);
    }

    [SkippableFact]
    public async Task InitializeAsync_ManySilosAtOnceOnEmptyDatabase_AllSucceedAndMigrateOnce()
    {
        using var go = new ManualResetEventSlim();
        var starts = _stores.Select(store => Task.Run(async () =>
        {
            go.Wait();
            await store.InitializeAsync();
        })).ToList();
        go.Set();
        await Task.WhenAll(starts);

        Assert.Equal(Enumerable.Range(1, PostgresSchema.LatestVersion), await AppliedVersionsAsync());
        Assert.True(await _stores[0].CreateUserAsync(NewUser("usr_1")));
        Assert.Equal(CommitOutcome.Committed, await _stores[1].CommitAsync(Deposit("usr_1", earlier: 0, operationId: "op-1")));
        Assert.Equal(new Money(1_000), (await _stores[Silos - 1].LoadAccountAsync("usr_1"))?.Balance);
    }

    [SkippableFact]
    public async Task Reads_ManyMoreAtOnceThanThePool_ShareItsConnectionsAndAllAnswer()
    {
        // An overloaded node must not take the database's last connections (PostgreSQL refuses every node past
        // max_connections): its reads wait for one of the pool's connections instead.
        var named = new NpgsqlConnectionStringBuilder(_connectionString) { ApplicationName = "pool-" + Guid.NewGuid().ToString("N") };
        await using var store = new PostgresCashlessStore(named.ConnectionString);
        await store.InitializeAsync();
        await store.CreateUserAsync(NewUser("usr_pool"));

        var reads = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => store.FindEntryAsync("usr_pool", $"op-{i}"))));

        Assert.All(reads, Assert.Null);
        await using var source = NpgsqlDataSource.Create(_connectionString);
        await using var count = source.CreateCommand($"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{named.ApplicationName}'");
        var opened = (long)(await count.ExecuteScalarAsync())!;
        Assert.InRange(opened, 1, PostgresCashlessStore.DefaultMaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=60", true)]
    [InlineData("Host=db;max pool size=5", true)]
    [InlineData("Host=db;MaxPoolSize=5", true)]
    [InlineData("Host=db;Minimum Pool Size=5", false)]
    public void NamesPoolSize_AnyOfItsNames_IsTheOperatorsChoice(string connectionString, bool named) =>
        Assert.Equal(named, PostgresCashlessStore.Names(connectionString, "MaxPoolSize", "MaximumPoolSize"));

    [Theory]
    [InlineData("Host=db", PostgresCashlessStore.DefaultMaxAutoPrepare)]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=10", 10)]
    public async Task AutoPrepare_ByDefault_KeepsTheBusyStatementsPreparedUnlessTheOperatorChose(string connectionString, int expected)
    {
        await using var store = new PostgresCashlessStore(connectionString);
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(store.ConnectionString).MaxAutoPrepare);
    }

    [SkippableFact]
    public async Task Commit_SameSequenceFromEverySiloAtOnce_ExactlyOneLands()
    {
        // Duplicate activations on different silos: each holds the empty account and commits its own decision at sequence 1.
        await Task.WhenAll(_stores.Select(store => store.InitializeAsync()));
        await _stores[0].CreateUserAsync(NewUser("usr_1"));

        var outcomes = await Task.WhenAll(_stores.Select((store, i) => store.CommitAsync(Deposit("usr_1", earlier: 0, operationId: $"op-{i}"))));

        Assert.Equal(1, outcomes.Count(outcome => outcome == CommitOutcome.Committed));
        var account = await _stores[0].LoadAccountAsync("usr_1");
        Assert.Equal((2L, new Money(1_000), new Money(1_000)), (account?.NextSequence, account?.Balance, account?.EntriesTotal));
    }

    [SkippableFact]
    public async Task Commit_ConflictsAndFaultsScatteredThroughBatches_EachUndoesOnlyItself()
    {
        var store = _stores[0];
        await store.InitializeAsync();
        var ids = Enumerable.Range(0, 300).Select(i => $"usr_{i:D3}").ToList();
        await Task.WhenAll(ids.Select(id => store.CreateUserAsync(NewUser(id))));

        // Queued in this order: every account's first deposit, and for some accounts a second write after it that
        // must be refused (a sequence taken, a repeated operation id) or must fail (a NUL byte PostgreSQL cannot store).
        var random = new Random(5);
        var writes = ids.Select(id => (Commit: Deposit(id, earlier: 0, operationId: $"{id}-a"), Expected: "committed")).ToList();
        foreach (var id in ids.Where(_ => random.Next(4) == 0))
        {
            var (commit, expected) = random.Next(3) switch
            {
                0 => (Deposit(id, earlier: 0, operationId: $"{id}-stale"), "conflict"),
                1 => (Deposit(id, earlier: 1, operationId: $"{id}-a"), "conflict"),
                _ => (Deposit(id, earlier: 1, operationId: $"{id}-b", description: "bad\0byte"), "fault"),
            };
            writes.Insert(random.Next(writes.FindIndex(w => w.Commit.AccountId == id) + 1, writes.Count + 1), (commit, expected));
        }

        var outcomes = await Task.WhenAll(writes.Select(w => Describe(store.CommitAsync(w.Commit))));

        Assert.Equal(writes.Select(w => w.Expected), outcomes);
        Assert.True(store.Written.Batches < store.Written.Writes);
        Assert.Equal(ids.Count * 1_000L, (await store.GetConservationTotalsAsync()).Balances);
        foreach (var id in ids)
        {
            var account = await store.LoadAccountAsync(id);
            Assert.Equal((2L, new Money(1_000)), (account?.NextSequence, account?.EntriesTotal));
        }
    }

    [Fact]
    public async Task Commit_CleanBatch_CommitsInOneTransactionWithoutSavepoints()
    {
        var store = _stores[0];
        var ids = await CreateAccountsAsync(store, 200);
        var (batchesBefore, xidBefore) = (store.Written.Batches, await CurrentXidAsync());

        var outcomes = await InOneBatchAsync(store, ids.Select(id => Deposit(id, earlier: 0, operationId: $"{id}-a")).ToList());

        // A transaction that writes takes a transaction id, and so does every savepoint (subtransaction) that writes:
        // a batch written with a savepoint per write would take 201 ids here, not 1.
        var xidsTaken = await CurrentXidAsync() - xidBefore - 1;
        Assert.All(outcomes, outcome => Assert.Equal(CommitOutcome.Committed, outcome));
        Assert.Equal((batchesBefore + 1, 0L), (store.Written.Batches, store.Fallbacks));
        Assert.InRange(xidsTaken, 1, 3);
    }

    [Fact]
    public async Task Commit_OneConflictAmongManyInABatch_FallsBackAndRefusesOnlyThatWrite()
    {
        var store = _stores[0];
        var ids = await CreateAccountsAsync(store, 200);
        var commits = ids.Select(id => Deposit(id, earlier: 0, operationId: $"{id}-a")).ToList();
        // A stale activation's write (it claims a sequence already used) in the middle of the batch.
        commits.Insert(150, Deposit(ids[100], earlier: 0, operationId: $"{ids[100]}-stale"));

        var outcomes = await InOneBatchAsync(store, commits);

        Assert.Equal(Enumerable.Range(0, commits.Count).Select(i => i == 150 ? CommitOutcome.Conflict : CommitOutcome.Committed), outcomes);
        Assert.Equal(1L, store.Fallbacks);
        Assert.Equal(ids.Count * 1_000L, (await store.GetConservationTotalsAsync()).Balances);
        foreach (var id in ids)
        {
            var account = await store.LoadAccountAsync(id);
            Assert.Equal((2L, new Money(1_000)), (account?.NextSequence, account?.EntriesTotal));
        }
    }

    /// <summary>Queues every commit while the writer is held, so they are written as one batch.</summary>
    internal static async Task<CommitOutcome[]> InOneBatchAsync(PostgresCashlessStore store, List<AccountCommit> commits)
    {
        store.WriterPause.Pause();
        var outcomes = commits.Select(commit => store.CommitAsync(commit)).ToList();
        while (store.HeldWrites < commits.Count)
        {
            await Task.Delay(10);
        }

        store.WriterPause.Resume();
        return await Task.WhenAll(outcomes);
    }

    private async Task<long> CurrentXidAsync()
    {
        await using var source = NpgsqlDataSource.Create(_connectionString);
        await using var command = source.CreateCommand("SELECT pg_current_xact_id()::text::bigint");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<int>> AppliedVersionsAsync()
    {
        await using var source = NpgsqlDataSource.Create(_connectionString);
        await using var command = source.CreateCommand("SELECT version FROM schema_version ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task<string> Describe(Task<CommitOutcome> commit)
    {
        try
        {
            return await commit == CommitOutcome.Committed ? "committed" : "conflict";
        }
        catch (PostgresException)
        {
            return "fault";
        }
    }
}

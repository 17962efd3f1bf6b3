using Cashless.Grains.Interfaces.Accounts;
using Cashless.Silo.Storage;
using Cashless.Silo.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>A file made by an older schema, upgraded at start-up: its rows survive and the new indexes are used.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string ConnectionString => $"Data Source={Path.Combine(_folder.Path, "cashless.db")};Pooling=False";

    [Fact]
    public async Task Upgrade_EntriesOfVersion11_AreKeptAndOnlyTheKeyedOnesAreFoundByOperationId()
    {
        WriteOldFile(version: 11, """
            INSERT INTO users VALUES ('usr_1', 'One', 'one@example.com', 'hash', 0, 1);
            INSERT INTO accounts VALUES ('usr_1', 0, 0, 12000, 2, 3, 2);
            INSERT INTO entries VALUES ('usr_1', 1, 'op-1', 0, 10000, 10000, NULL, 'top_1', 'Top-up', 1);
            INSERT INTO entries VALUES ('usr_1', 2, 'pay_1', 2, 2000, 12000, 'usr_2', 'pay_1', 'lunch', 2);
            """);

        var store = new SqliteCashlessStore(ConnectionString);
        await store.InitializeAsync();
        try
        {
            var entries = (await store.ListEntriesAsync("usr_1", new Grains.Ledger.PageRequest(10, null))).Items;
            Assert.Equal([2L, 1L], entries.Select(e => e.Sequence));
            Assert.Equal("top_1", (await store.FindEntryAsync("usr_1", "op-1"))?.Reference);
            Assert.Null(await store.FindEntryAsync("usr_1", "pay_1"));
        }
        finally
        {
            await store.DisposeAsync();
        }

        using var upgraded = new SqliteConnection(ConnectionString);
        upgraded.Open();
        Assert.Equal(SqliteSchema.LatestVersion, Read(upgraded, "SELECT MAX(version) FROM schema_version", r => r.GetInt32(0)));
        // The look-up by operation id walks the partial index, and a second keyed entry of one operation is refused.
        // EXPLAIN QUERY PLAN answers (id, parent, notused, detail).
        var plan = Read(upgraded,
            $"EXPLAIN QUERY PLAN SELECT * FROM entries WHERE account_id = 'usr_1' AND operation_id = 'op-1' AND {StoreRows.KeyedEntries}",
            r => r.GetString(3));
        Assert.Contains("entries_by_operation", plan, StringComparison.Ordinal);
        var repeat = Assert.Throws<SqliteException>(() =>
            Execute(upgraded, "INSERT INTO entries VALUES ('usr_1', 3, 'op-1', 0, 1000, 13000, NULL, 'top_2', 'Top-up', 3)"));
        Assert.Equal(19, repeat.SqliteErrorCode); // SQLITE_CONSTRAINT
    }

    [Fact]
    public async Task Upgrade_AccountsOfVersion12_ReadTheirBalanceAndNextSequenceFromTheirNewestEntry()
    {
        WriteOldFile(version: 12, """
            INSERT INTO users VALUES ('usr_1', 'One', 'one@example.com', 'hash', 0, 1);
            INSERT INTO users VALUES ('usr_2', 'Two', 'two@example.com', 'hash', 0, 1);
            INSERT INTO accounts VALUES ('usr_1', 0, 1, 12000, 3, 3, 9);
            INSERT INTO accounts VALUES ('usr_2', 0, 0, 0, 0, 1, 1);
            INSERT INTO entries VALUES ('usr_1', 1, 'op-1', 0, 10000, 10000, NULL, 'top_1', 'Top-up', 1);
            INSERT INTO entries VALUES ('usr_1', 2, 'pay_1', 2, 2000, 12000, 'usr_2', 'pay_1', 'lunch', 2);
            """);

        var store = new SqliteCashlessStore(ConnectionString);
        await store.InitializeAsync();
        try
        {
            var account = await store.LoadAccountAsync("usr_1");
            Assert.Equal((AccountStatus.Frozen, 12_000L, 3L, 12_000L), (account?.Status, account?.Balance.Rupiah, account?.NextSequence, account?.EntriesTotal.Rupiah));
            Assert.Equal(9, account?.UpdatedAt.ToUnixTimeMilliseconds()); // the row's time (a status change) is newer than the entries'
            var empty = await store.LoadAccountAsync("usr_2");
            Assert.Equal((0L, 1L), (empty?.Balance.Rupiah, empty?.NextSequence));
            Assert.Equal(12_000, (await store.GetConservationTotalsAsync()).Balances);
        }
        finally
        {
            await store.DisposeAsync();
        }

        using var upgraded = new SqliteConnection(ConnectionString);
        upgraded.Open();
        Assert.Equal("id role status updated_at", Read(upgraded, "SELECT group_concat(name, ' ') FROM pragma_table_info('accounts')", r => r.GetString(0)));
    }

    [Fact]
    public void JournalEntries_LeavesOutExactlyTheMarkers() =>
        Assert.Equal(StoreRows.JournalEntries, $"kind <> {(int)EntryKind.Marker}");

    [Fact]
    public void KeyedEntries_LeavesOutExactlyTheKindsKeptOnceByTheirPayment()
    {
        // The migrations' partial indexes and the look-ups name the kinds by number; the domain names them by rule.
        var leftOut = Enum.GetValues<EntryKind>().Where(kind => kind.IsKeptOnceByItsPayment()).Select(kind => (int)kind);
        Assert.Equal(StoreRows.KeyedEntries, $"kind NOT IN ({string.Join(", ", leftOut)})");
    }

    public void Dispose() => _folder.Delete();

    /// <summary>A file at schema <paramref name="version"/> holding <paramref name="rows"/>, as an older release left it.</summary>
    private void WriteOldFile(int version, string rows)
    {
        using var old = new SqliteConnection(ConnectionString);
        old.Open();
        SqliteSchema.Apply(old, upTo: version);
        Execute(old, rows);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static T Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return value(reader);
    }
}

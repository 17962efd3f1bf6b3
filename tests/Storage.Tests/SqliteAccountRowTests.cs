using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>Decision 0010: a commit that moves money appends its entries and leaves the account's row alone.</summary>
public sealed class SqliteAccountRowTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    private string ConnectionString => $"Data Source={Path.Combine(_folder.Path, "cashless.db")};Pooling=False";

    [Fact]
    public async Task Commits_OnlyAStatusChangeWritesTheAccountRow()
    {
        var store = new SqliteCashlessStore(ConnectionString);
        await store.InitializeAsync();
        try
        {
            await store.CreateUserAsync(new UserRecord("usr_1", "One", "one@example.com", "hash", AccountRole.Buyer, AccountStatus.Active, Now));
            CountRowWrites();
            var topUp = new JournalEntry("usr_1", 1, "op-1", EntryKind.TopUp, new Money(5_000), new Money(5_000), null, "top_1", "desk", Now);
            var withdrawal = new JournalEntry("usr_1", 2, "op-2", EntryKind.Withdrawal, new Money(-1_000), new Money(4_000), null, "wdr_1", "out", Now);
            var marker = new JournalEntry("usr_1", 3, "marker:3", EntryKind.Marker, Money.Zero, new Money(4_000), null, "frozen", "Account frozen", Now);

            Assert.Equal(CommitOutcome.Committed, await store.CommitAsync(new AccountCommit("usr_1", AccountStatus.Active, false, Now, [topUp], [])));
            Assert.Equal(CommitOutcome.Committed, await store.CommitAsync(new AccountCommit("usr_1", AccountStatus.Active, false, Now, [withdrawal], [])));
            Assert.Equal(0, RowWrites());
            Assert.Equal(CommitOutcome.Committed, await store.CommitAsync(new AccountCommit("usr_1", AccountStatus.Frozen, true, Now, [marker], [])));
            Assert.Equal(1, RowWrites());
        }
        finally
        {
            await store.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Delete();

    private void CountRowWrites() => Run(
        """
        CREATE TABLE row_writes (account_id TEXT);
        CREATE TRIGGER account_row_written AFTER UPDATE ON accounts BEGIN INSERT INTO row_writes VALUES (NEW.id); END;
        """);

    private long RowWrites()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM row_writes";
        return (long)command.ExecuteScalar()!;
    }

    private void Run(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

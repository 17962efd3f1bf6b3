using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Postgres;
using Npgsql;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>
/// Payments in the PostgreSQL writer's merged batch form (<c>PostgresBatchStatements</c>): a debit and its credit in
/// one batch write the payment's row once, already completed; a credit whose debit is refused in the same batch is
/// refused with it, through the write-by-write fallback.
/// </summary>
[Collection(PostgresTestGroup.Name)]
public sealed class PostgresBatchPaymentsTests(PostgresServer server) : IAsyncLifetime
{
    private const int Pairs = 20;
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => server.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task DebitAndCreditInOneBatch_WriteEachPaymentRowOnceAlreadyCompleted()
    {
        await using var store = await FundedPayersAsync();
        var commits = Enumerable.Range(0, Pairs).SelectMany(i => new[] { Debit(i, sequence: 2), Credit(i) }).ToList();

        var outcomes = await PostgresStoreTests.InOneBatchAsync(store, commits);

        Assert.All(outcomes, outcome => Assert.Equal(CommitOutcome.Committed, outcome));
        Assert.Equal(0L, store.Fallbacks);
        for (var i = 0; i < Pairs; i++)
        {
            Assert.Equal(PaymentState.Completed, (await store.GetPaymentAsync($"pay_{i:D2}"))?.State);
        }

        // Inserted once by one statement into an empty table: row versions 1..n of page 0. An update would have
        // added a second version of each row after them.
        Assert.Equal(Enumerable.Range(1, Pairs).Select(n => $"(0,{n})"), await ScalarsAsync("SELECT ctid::text AS at FROM payments ORDER BY payments.ctid"));
        var totals = await store.GetConservationTotalsAsync();
        Assert.Equal(Pairs * 10_000L, totals.Balances);
    }

    [Fact]
    public async Task CreditBesideItsRefusedDebit_FallsBackAndRefusesBoth()
    {
        // Payer 3's debit claims a sequence its account has already used (a stale activation): refused, so is its credit.
        await using var store = await FundedPayersAsync();
        var commits = Enumerable.Range(0, Pairs).SelectMany(i => new[] { Debit(i, sequence: i == 3 ? 1 : 2), Credit(i) }).ToList();

        var outcomes = await PostgresStoreTests.InOneBatchAsync(store, commits);

        Assert.Equal(
            commits.Select((_, n) => n is 6 or 7 ? CommitOutcome.Conflict : CommitOutcome.Committed),
            outcomes);
        Assert.Equal(1L, store.Fallbacks);
        Assert.Null(await store.GetPaymentAsync("pay_03"));
        Assert.Equal((2L, new Money(10_000)), await NextSequenceAndBalanceAsync(store, "usr_payer03"));
        Assert.Equal((1L, Money.Zero), await NextSequenceAndBalanceAsync(store, "usr_payee03"));
        Assert.Equal(PaymentState.Completed, (await store.GetPaymentAsync("pay_04"))?.State);
        Assert.Equal(Pairs * 10_000L, (await store.GetConservationTotalsAsync()).Balances);
    }

    /// <summary>A store with <see cref="Pairs"/> payers holding 10,000 each (one entry) and as many empty payees.</summary>
    private async Task<PostgresCashlessStore> FundedPayersAsync()
    {
        var store = new PostgresCashlessStore(_connectionString);
        await store.InitializeAsync();
        for (var i = 0; i < Pairs; i++)
        {
            await store.CreateUserAsync(User($"usr_payer{i:D2}", AccountRole.Buyer));
            await store.CreateUserAsync(User($"usr_payee{i:D2}", AccountRole.Seller));
            Assert.Equal(CommitOutcome.Committed, await store.CommitAsync(TopUp($"usr_payer{i:D2}")));
        }

        return store;
    }

    private static async Task<(long, Money)> NextSequenceAndBalanceAsync(PostgresCashlessStore store, string accountId)
    {
        var account = await store.LoadAccountAsync(accountId);
        return (account!.NextSequence, account.Balance);
    }

    private async Task<List<string>> ScalarsAsync(string sql)
    {
        await using var source = NpgsqlDataSource.Create(_connectionString);
        await using var command = source.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static UserRecord User(string id, AccountRole role) => new(id, "Test User", $"{id}@example.com", "hash", role, AccountStatus.Active, Now);

    private static AccountCommit TopUp(string account)
    {
        var entry = new JournalEntry(account, 1, $"{account}-topup", EntryKind.TopUp, new Money(10_000), new Money(10_000), null, "top_1", "desk", Now);
        return new AccountCommit(account, AccountStatus.Active, false, Now, [entry], []);
    }

    private static AccountCommit Debit(int pair, long sequence)
    {
        var (payer, payee, paymentId) = ($"usr_payer{pair:D2}", $"usr_payee{pair:D2}", $"pay_{pair:D2}");
        var entry = new JournalEntry(payer, sequence, paymentId, EntryKind.PaymentOut, new Money(-5_000), new Money(5_000), payee, paymentId, "lunch", Now);
        var payment = new PaymentView(paymentId, payer, payee, new Money(5_000), "lunch", PaymentState.InFlight, Now);
        return new AccountCommit(payer, AccountStatus.Active, false, Now, [entry], [new PaymentCreated(payment)]);
    }

    private static AccountCommit Credit(int pair)
    {
        var (payer, payee, paymentId) = ($"usr_payer{pair:D2}", $"usr_payee{pair:D2}", $"pay_{pair:D2}");
        var entry = new JournalEntry(payee, 1, paymentId, EntryKind.PaymentIn, new Money(5_000), new Money(5_000), payer, paymentId, "lunch", Now);
        return new AccountCommit(payee, AccountStatus.Active, false, Now, [entry],
            [new PaymentMoved(paymentId, PaymentState.InFlight, PaymentState.Completed, Now)]);
    }
}

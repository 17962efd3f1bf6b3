using System.Net;
using System.Text.Json;
using Cashless.WebApi.Operations;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Cashless.WebApi.Tests.Backups;

/// <summary>
/// An online backup taken over HTTP while payments run, then the server stopped, its database deleted, the backup
/// restored with the restore command and the server started again: every wallet, journal and top-up is as the backup
/// holds it, and the totals are the ones recorded at the backup's moment. The restore refuses while a server runs.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private const long TopUp = 1_000_000;
    private const int MaxPayments = 120;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cashless-backup-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Backup_TakenWhilePaymentsRun_RestoresEveryWalletJournalAndTopUpAfterTheDatabaseIsDeleted()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_root, "cashless.db")}",
            ["Backup:Folder"] = Path.Combine(_root, "backups"),
            ["Jwt:SigningKey"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Convert.ToBase64String(Guid.NewGuid().ToByteArray()),
            ["Admin:Email"] = Api.NewEmail("admin"),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings!).Build();

        JsonElement backup;
        List<TestUser> buyers = [];
        TestUser seller;
        await using (var first = new BackupApi(new CashlessApiFactory(settings)))
        {
            await first.InitializeAsync();
            seller = await first.CreateUserAsync("seller");
            for (var i = 0; i < 4; i++)
            {
                var buyer = await first.CreateUserAsync();
                await first.TopUpAsync(buyer.Id, TopUp);
                buyers.Add(buyer);
            }

            using var stop = new CancellationTokenSource();
            var paid = 0;
            var load = buyers.Select(buyer => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested && Interlocked.Increment(ref paid) <= MaxPayments)
                {
                    using var response = await ApiFixture.PayAsync(buyer, seller.Id, 1_000);
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                }
            })).ToList();
            await Eventually.True(() => Task.FromResult(Volatile.Read(ref paid) >= 20), TimeSpan.FromSeconds(30), "payments to flow");

            using var started = await first.Admin.Client.PostAsync("/api/v1/admin/backups", null);
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            var id = (await started.ReadJsonAsync()).GetProperty("id").GetString()!;
            backup = await ListedAsync(first.Admin.Client, id);
            await stop.CancelAsync();
            await Task.WhenAll(load);

            // While the server runs, the restore refuses and touches nothing.
            var output = new StringWriter();
            Assert.Equal(RestoreCommand.Refused, RestoreCommand.Run(configuration, BackupFile(backup), output));
            Assert.Contains("running server", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await first.Admin.Client.GetAsync("/api/v1/admin/reports/overview")).StatusCode);
        }

        var database = Path.Combine(_root, "cashless.db");
        foreach (var suffix in (string[])["", "-wal", "-shm"])
        {
            File.Delete(database + suffix);
        }

        var restoreOutput = new StringWriter();
        Assert.True(RestoreCommand.Run(configuration, BackupFile(backup), restoreOutput) == RestoreCommand.Restored, restoreOutput.ToString());

        await using var second = new BackupApi(new CashlessApiFactory(settings));
        await second.InitializeAsync();
        var overview = await ApiCalls.OverviewAsync(second.Admin.Client);
        var recorded = backup.GetProperty("conservation");
        var now = overview.GetProperty("conservation");
        Assert.True(now.GetProperty("balanced").GetBoolean(), overview.ToString());
        Assert.Equal(recorded.GetProperty("expected").GetInt64(), now.GetProperty("expected").GetInt64());
        Assert.Equal(recorded.GetProperty("balances").GetInt64() + recorded.GetProperty("inFlight").GetInt64(),
            now.GetProperty("balances").GetInt64() + now.GetProperty("inFlight").GetInt64());

        using var copy = new SqliteConnection($"Data Source={BackupFile(backup)};Mode=ReadOnly;Pooling=False");
        copy.Open();
        foreach (var buyer in buyers)
        {
            var client = second.WithToken(buyer.Token);
            var wallet = await ApiCalls.ExpectAsync(await client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK);
            Assert.Equal(Scalar<long>(copy, "SELECT COALESCE((SELECT balance_after FROM entries WHERE account_id = $id ORDER BY seq DESC LIMIT 1), 0)", buyer.Id), wallet.GetProperty("balance").GetInt64());

            var journal = await ApiCalls.ExpectAsync(await client.GetAsync("/api/v1/wallet/transactions?limit=200"), HttpStatusCode.OK);
            var balancesAfter = journal.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("balanceAfter").GetInt64()).Reverse();
            Assert.Equal(Column(copy, "SELECT balance_after FROM entries WHERE account_id = $id ORDER BY seq", buyer.Id), balancesAfter);

            var topUps = await ApiCalls.ExpectAsync(await client.GetAsync("/api/v1/topups?limit=200"), HttpStatusCode.OK);
            Assert.Equal(Column(copy, "SELECT amount FROM topups WHERE account_id = $id ORDER BY id", buyer.Id),
                topUps.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("amount").GetInt64()).Reverse());
        }

        var sellerBalance = (await ApiCalls.ExpectAsync(await second.WithToken(seller.Token).GetAsync("/api/v1/wallet"), HttpStatusCode.OK))
            .GetProperty("balance").GetInt64();
        var backedUpSeller = Scalar<long>(copy, "SELECT COALESCE((SELECT balance_after FROM entries WHERE account_id = $id ORDER BY seq DESC LIMIT 1), 0)", seller.Id);
        Assert.InRange(sellerBalance, backedUpSeller, backedUpSeller + recorded.GetProperty("inFlight").GetInt64());
        await second.AssertConservedAsync();
    }

    [Fact]
    public void Restore_OfAFileThatIsNoVerifiedStore_IsRefusedAndLeavesTheDatabaseAlone()
    {
        Directory.CreateDirectory(_root);
        var database = Path.Combine(_root, "cashless.db");
        File.WriteAllText(database, "the live store");
        var broken = Path.Combine(_root, "broken.db");
        File.WriteAllText(broken, "not a database");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={database}",
        }).Build();

        var output = new StringWriter();
        Assert.Equal(RestoreCommand.Refused, RestoreCommand.Run(configuration, broken, output));
        Assert.Contains("verification", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("the live store", File.ReadAllText(database));
    }

    private static string BackupFile(JsonElement backup) => backup.GetProperty("path").GetString()!;

    /// <summary>Waits until the backup is listed as verified, and returns its entry with its full path.</summary>
    private async Task<JsonElement> ListedAsync(HttpClient admin, string id)
    {
        JsonElement found = default;
        await Eventually.True(async () =>
        {
            var list = await ApiCalls.ExpectAsync(await admin.GetAsync("/api/v1/admin/backups"), HttpStatusCode.OK);
            Assert.Empty(list.GetProperty("failed").EnumerateArray());
            foreach (var item in list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("id").GetString() == id))
            {
                found = item;
                return true;
            }

            return false;
        }, TimeSpan.FromSeconds(60), "the backup to be verified");
        Assert.True(found.GetProperty("sizeBytes").GetInt64() > 0);
        Assert.True(found.GetProperty("conservation").GetProperty("balanced").GetBoolean());
        var path = Path.Combine(_root, "backups", found.GetProperty("fileName").GetString()!);
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(new { path, conservation = found.GetProperty("conservation") }));
        return document.RootElement.Clone();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return (T)command.ExecuteScalar()!;
    }

    private static List<long> Column(SqliteConnection connection, string sql, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var values = new List<long>();
        while (reader.Read())
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }

    private sealed class BackupApi(CashlessApiFactory factory) : ApiFixture(factory);
}

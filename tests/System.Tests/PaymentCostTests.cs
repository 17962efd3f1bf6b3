using System.Globalization;
using Microsoft.Data.Sqlite;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.System.Tests;

/// <summary>
/// What one keyed payment costs the real server on SQLite: bytes the database grows by and server CPU, measured over a
/// few thousand payments through HTTP (process CPU from <c>/proc</c>, database pages in use before and after). Before
/// decision 0007 a keyed payment stored about 2,340 bytes (its idempotency row, two notification rows and a time index
/// on both entries included); after it, about 850.
/// </summary>
public sealed class PaymentCostTests(ITestOutputHelper output) : IDisposable
{
    private const int Payments = 4_000;
    private const int Senders = 8;
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Delete();

    [Fact]
    public async Task Payment_StoresAtMostAThousandBytes()
    {
        await using var api = await WebApiProcess.StartAsync(_data.Path);
        using var client = new ApiClient(api.BaseAddress);
        var admin = await client.Login(WebApiProcess.AdminEmail, WebApiProcess.AdminPassword);
        var sellers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            sellers.Add(await client.Register("Kantin", $"kantin{i}-{Guid.NewGuid():N}@school.test", "Tempe-Goreng-77", "seller"));
        }

        var buyers = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            var email = $"buyer{i}-{Guid.NewGuid():N}@school.test";
            var id = await client.Register("Buyer", email, "Nasi-Uduk-2026", "buyer");
            await client.Send(HttpMethod.Post, "api/v1/admin/topups", admin, new { userId = id, amount = 1_000_000 });
            buyers.Add(await client.Login(email, "Nasi-Uduk-2026"));
        }

        // Warm-up: the first payments of each account load it and compile the code paths.
        await Pay(client, buyers, sellers, 0, 400);
        var (bytesBefore, cpuBefore) = (UsedBytes(), CpuSeconds(api.ProcessId));
        await Pay(client, buyers, sellers, 400, Payments);
        var (bytesAfter, cpuAfter) = (UsedBytes(), CpuSeconds(api.ProcessId));

        var bytesPerPayment = (double)(bytesAfter - bytesBefore) / Payments;
        var cpuMsPerPayment = (cpuAfter - cpuBefore) * 1000 / Payments;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Payments} payments: {bytesPerPayment:F0} bytes/payment, {cpuMsPerPayment:F3} ms server CPU/payment"));
        Assert.True(bytesPerPayment <= 1_000, $"{bytesPerPayment:F0} bytes per payment");
    }

    private static async Task Pay(ApiClient client, List<string> buyers, List<string> sellers, int from, int count)
    {
        var next = from;
        var workers = Enumerable.Range(0, Senders).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next) - 1) < from + count)
            {
                var (status, body) = await client.Send(HttpMethod.Post, "api/v1/payments", buyers[i % buyers.Count],
                    new { to = sellers[i % sellers.Count], amount = 1_000 + (i % 7), description = "lunch" }, $"cost-{i}");
                Assert.True(status == 201, $"payment {i}: {status} {body}");
            }
        });
        await Task.WhenAll(workers);
    }

    /// <summary>Pages in use as a reader sees them (the WAL included), so no checkpoint is needed to compare.</summary>
    private long UsedBytes()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.Path, "cashless.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Pragma(connection, "page_size") * (Pragma(connection, "page_count") - Pragma(connection, "freelist_count"));
    }

    private static long Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>User + system CPU of the server process, from fields 14 and 15 of <c>/proc/{pid}/stat</c>.</summary>
    private static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}

using Microsoft.Data.Sqlite;
using Xunit;

namespace Cashless.System.Tests;

/// <summary>
/// Kill the real process without a graceful stop, start it again on the same SQLite file: everything answered 2xx
/// before the kill must be there, and nothing may be half done.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Delete();

    [Fact]
    public async Task Restart_AfterKill_KeepsBalancesLogsRevokedTokensAndIdempotencyRecords()
    {
        var email = $"budi-{Guid.NewGuid():N}@school.test";
        string buyerToken, revokedToken, sellerId;
        (int Status, string? Body) firstPayment;
        await using (var api = await WebApiProcess.StartAsync(_data.Path))
        {
            using var client = new ApiClient(api.BaseAddress);
            var admin = await client.Login(WebApiProcess.AdminEmail, WebApiProcess.AdminPassword);
            var buyerId = await client.Register("Budi", email, "Kopi-Tubruk-77", "buyer");
            sellerId = await client.Register("Kantin", $"kantin-{Guid.NewGuid():N}@school.test", "Nasi-Uduk-88", "seller");
            Assert.Equal(201, (await client.Send(HttpMethod.Post, "api/v1/admin/topups", admin, new { userId = buyerId, amount = 100_000 }, "desk-1")).Status);
            buyerToken = await client.Login(email, "Kopi-Tubruk-77");
            revokedToken = await client.Login(email, "Kopi-Tubruk-77");
            var paid = await client.Send(HttpMethod.Post, "api/v1/payments", buyerToken, new { to = sellerId, amount = 30_000 }, "pay-1");
            firstPayment = (paid.Status, paid.Body?.ToJsonString());
            Assert.Equal(201, paid.Status);
            Assert.Equal(204, (await client.Send(HttpMethod.Post, "api/v1/auth/logout", revokedToken)).Status);

            await api.KillAsync();
        }

        await using (var api = await WebApiProcess.StartAsync(_data.Path))
        {
            using var client = new ApiClient(api.BaseAddress);
            Assert.Equal(70_000, await client.Balance(buyerToken));
            var (status, body) = await client.Send(HttpMethod.Get, "api/v1/wallet/transactions", buyerToken);
            Assert.Equal(200, status);
            Assert.Equal(2, body!["items"]!.AsArray().Count);

            var (revoked, problem) = await client.Send(HttpMethod.Get, "api/v1/wallet", revokedToken);
            Assert.Equal(401, revoked);
            Assert.Equal("token revoked", problem?["detail"]?.GetValue<string>());

            var (replay, replayBody) = await client.SendRaw(HttpMethod.Post, "api/v1/payments", buyerToken, new { to = sellerId, amount = 30_000 }, "pay-1");
            Assert.Equal(201, (int)replay.StatusCode);
            Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
            Assert.Equal(firstPayment.Body, replayBody?.ToJsonString());
            Assert.Equal(70_000, await client.Balance(buyerToken));
        }
    }

    [Fact]
    public async Task Restart_AfterKillDuringPaymentStorm_EveryAnsweredPaymentIsDurableAndMoneyIsConserved()
    {
        var answered = new List<string>();
        await using (var api = await WebApiProcess.StartAsync(_data.Path))
        {
            using var client = new ApiClient(api.BaseAddress);
            var admin = await client.Login(WebApiProcess.AdminEmail, WebApiProcess.AdminPassword);
            var sellerId = await client.Register("Kantin", $"kantin-{Guid.NewGuid():N}@school.test", "Nasi-Uduk-88", "seller");
            var buyers = new List<string>();
            for (var i = 0; i < 10; i++)
            {
                var email = $"buyer{i}-{Guid.NewGuid():N}@school.test";
                var id = await client.Register("Buyer", email, "Es-Teh-Manis-99", "buyer");
                await client.Send(HttpMethod.Post, "api/v1/admin/topups", admin, new { userId = id, amount = 500_000 });
                buyers.Add(await client.Login(email, "Es-Teh-Manis-99"));
            }

            var storm = Enumerable.Range(0, 400).Select(async i =>
            {
                try
                {
                    var (status, body) = await client.Send(HttpMethod.Post, "api/v1/payments", buyers[i % buyers.Count], new { to = sellerId, amount = 1_000 });
                    if (status == 201)
                    {
                        lock (answered)
                        {
                            answered.Add(body!["id"]!.GetValue<string>());
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    // The process died under this request: no answer, so no promise was made.
                }
            }).ToList();
            await Task.Delay(150);
            await api.KillAsync();
            await Task.WhenAll(storm);
        }

        // The restarted silo's outbox recovery finishes whatever the kill left in flight.
        await using (var api = await WebApiProcess.StartAsync(_data.Path))
        {
            await WaitUntil(() => Scalar("SELECT COUNT(*) FROM payments WHERE state = 0") == 0, TimeSpan.FromSeconds(30));
        }

        Assert.All(answered, id => Assert.Equal(1L, Scalar($"SELECT COUNT(*) FROM payments WHERE id = '{id}' AND state = 1")));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM accounts a WHERE COALESCE((SELECT balance_after FROM entries n WHERE n.account_id = a.id ORDER BY n.seq DESC LIMIT 1), 0) <> (SELECT COALESCE(SUM(amount), 0) FROM entries e WHERE e.account_id = a.id)"));
        Assert.Equal(Scalar("SELECT SUM(amount) FROM topups WHERE status = 2"), Scalar("SELECT SUM(COALESCE((SELECT balance_after FROM entries n WHERE n.account_id = a.id ORDER BY n.seq DESC LIMIT 1), 0)) FROM accounts a"));
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.Path, "cashless.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), global::System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"condition not met within {deadline}");
            }

            await Task.Delay(100);
        }
    }
}

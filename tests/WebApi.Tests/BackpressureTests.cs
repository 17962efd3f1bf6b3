using System.Net;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Sqlite;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// A full store writer refuses new money operations at once, before any grain decides anything: 503 overloaded with
/// Retry-After, no balance moved; once the writer drains, the same payment goes through. Past twice the bound every
/// write is refused, and that answer is the same 503.
/// </summary>
public sealed class BackpressureTests(BackpressureTests.SmallWriterFixture app) : IClassFixture<BackpressureTests.SmallWriterFixture>
{
    private const int MaxQueuedWrites = 4;

    [Fact]
    public async Task Pay_WhileTheWriterIsFull_Returns503OverloadedAndMovesNothingThenSucceedsOnceItDrains()
    {
        // Each admitted payment holds two writes in the paused writer: its debit and, beside it, the payee's credit
        // (decision 0007). Each goes to a seller of its own, so no credit waits inside a seller's grain instead.
        const int admitted = MaxQueuedWrites / 2;
        var sellers = new List<TestUser>();
        var payers = new List<TestUser>();
        for (var i = 0; i <= admitted; i++)
        {
            sellers.Add(await app.CreateUserAsync("seller"));
            payers.Add(await app.CreateUserAsync());
            await app.TopUpAsync(payers[i].Id, 10_000);
        }

        var seller = sellers[^1];

        var store = (SqliteCashlessStore)app.Store;
        store.WriterPause.Pause();
        List<Task<HttpResponseMessage>> waiting;
        try
        {
            // The admitted payments wait in the held writer until it holds as much as it may.
            waiting = Enumerable.Range(0, admitted).Select(i => ApiFixture.PayAsync(payers[i], sellers[i].Id, 1_000)).ToList();
            await Eventually.True(() => Task.FromResult(store.HeldWrites >= MaxQueuedWrites), TimeSpan.FromSeconds(30), "the writer to fill");

            // Admitted by mistake, it would wait behind the held writer: the time limit turns that into a failure.
            using var refused = await ApiFixture.PayAsync(payers[^1], seller.Id, 1_000).WaitAsync(TimeSpan.FromSeconds(30));

            await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "overloaded");
            Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
            Assert.Equal(10_000, await ApiFixture.BalanceAsync(payers[^1]));
            Assert.Equal(0, await ApiFixture.BalanceAsync(seller));
        }
        finally
        {
            store.WriterPause.Resume();
        }

        foreach (var response in await Task.WhenAll(waiting))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            response.Dispose();
        }

        using var retried = await ApiFixture.PayAsync(payers[^1], seller.Id, 1_000);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(9_000, await ApiFixture.BalanceAsync(payers[^1]));
        Assert.Equal(1_000, await ApiFixture.BalanceAsync(seller));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Logout_WhenTheWriterHasNoRoomEvenForWorkUnderWay_Returns503OverloadedAndWorksOnceItDrains()
    {
        var user = await app.CreateUserAsync();
        var store = (SqliteCashlessStore)app.Store;
        store.WriterPause.Pause();
        Task<bool[]> held;
        try
        {
            // Past twice the bound the store refuses every write, here the session grain's revocation of the token.
            held = Task.WhenAll(Enumerable.Range(0, 2 * MaxQueuedWrites).Select(i => store.CreateUserAsync(Filler(i))));
            Assert.Equal(2 * MaxQueuedWrites, store.HeldWrites);

            using var refused = await user.Client.PostAsync("/api/v1/auth/logout", null).WaitAsync(TimeSpan.FromSeconds(30));

            await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "overloaded");
            Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        }
        finally
        {
            store.WriterPause.Resume();
        }

        Assert.All(await held, Assert.True);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/v1/wallet")).StatusCode);
        using var loggedOut = await user.Client.PostAsync("/api/v1/auth/logout", null);
        Assert.Equal(HttpStatusCode.NoContent, loggedOut.StatusCode);
    }

    private static UserRecord Filler(int i) => new(
        $"usr_filler_{Guid.NewGuid():N}", "Filler", $"filler-{i}-{Guid.NewGuid():N}@example.com", "hash", AccountRole.Buyer, AccountStatus.Active,
        DateTimeOffset.UtcNow);

    /// <summary>The application with a store writer that may hold only a handful of writes.</summary>
    public sealed class SmallWriterFixture() : ApiFixture(new CashlessApiFactory(new Dictionary<string, string>
    {
        ["Storage:MaxQueuedWrites"] = MaxQueuedWrites.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }));
}

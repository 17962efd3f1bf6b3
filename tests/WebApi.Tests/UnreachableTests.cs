using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Cashless.Grains.Accounts;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Cashless.WebApi.Tests;

/// <summary>
/// A grain, silo or store that cannot be reached is 503 <c>service_unavailable</c> with <c>Retry-After</c> on every
/// path (endpoints and token validation alike), logged as a warning naming the cause, and a retry with the same
/// Idempotency-Key is decided once.
/// </summary>
public sealed class UnreachableTests(UnreachableTests.Fixture app) : IClassFixture<UnreachableTests.Fixture>
{
    private const string Pay = "IAccountGrain.Pay";

    public static TheoryData<string> Failures => [.. Failure.Keys];

    private static readonly Dictionary<string, Func<string, Exception>> Failure = new()
    {
        ["silo unavailable"] = marker => new SiloUnavailableException($"silo S127.0.0.1:11111:1 is dead {marker}"),
        ["message rejected"] = marker => Rejection($"target silo is shutting down {marker}"),
        ["connection failed"] = marker => new ConnectionFailedException($"could not connect to S127.0.0.1:11111:1 {marker}"),
        ["timed out"] = marker => new TimeoutException($"response did not arrive on time {marker}"),
        ["postgres connection"] = marker => new NpgsqlException($"failed to connect {marker}", new SocketException((int)SocketError.ConnectionRefused)),
        ["sqlite busy"] = marker => new SqliteException($"database is locked {marker}", 5),
        ["sqlite io"] = marker => new SqliteException($"disk I/O error {marker}", 10),
        ["account moved"] = marker => new CommitConflictException($"usr_{marker}", 3),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Pay_AnswerLostOnTheWay_Is503WithRetryAfterAndTheRetryIsDecidedOnce(string kind)
    {
        var (buyer, seller) = await BuyerAndSellerAsync(100_000);
        var marker = Guid.NewGuid().ToString("N");
        app.Faults.Arm(Pay, () => Failure[kind](marker), times: 1, afterRun: true);
        var key = $"unreachable-{marker}";

        using (var failed = await ApiFixture.PayAsync(buyer, seller.Id, 10_000, key))
        {
            await failed.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable");
            Assert.True(failed.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 503 says when to retry");
        }

        using var retried = await ApiFixture.PayAsync(buyer, seller.Id, 10_000, key);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(90_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(10_000, await ApiFixture.BalanceAsync(seller));
        await app.AssertConservedAsync();

        var logged = Assert.Single(app.Factory.Logs.Lines, line => line.Message.Contains(marker, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains("/api/v1/payments", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Factory.Logs.Lines, line => line.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Pay_GrainUnreachableBeforeItRan_Is503AndNothingMoved()
    {
        var (buyer, seller) = await BuyerAndSellerAsync(50_000);
        app.Faults.Arm(Pay, () => new SiloUnavailableException("silo S10.0.0.9:11111:7 is dead"), times: 1);

        using var failed = await ApiFixture.PayAsync(buyer, seller.Id, 5_000, $"unreachable-{Guid.NewGuid():N}");

        await failed.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable");
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(buyer));
        Assert.Equal(0, await ApiFixture.BalanceAsync(seller));
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task AnyEndpoint_SessionGrainUnreachableDuringTokenValidation_Is503NotUnauthorized(string kind)
    {
        var buyer = await app.CreateUserAsync();
        var marker = Guid.NewGuid().ToString("N");
        app.Faults.Arm("ISessionGrain.Check", () => Failure[kind](marker));
        try
        {
            using var failed = await buyer.Client.GetAsync("/api/v1/wallet");

            await failed.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable");
            Assert.True(failed.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 503 says when to retry");
        }
        finally
        {
            app.Faults.Disarm("ISessionGrain.Check");
        }

        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
        var logged = Assert.Single(app.Factory.Logs.Lines, line => line.Message.Contains(marker, StringComparison.Ordinal) && line.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, logged.Level);
    }

    /// <summary>Orleans makes this one itself only (its constructors are internal).</summary>
    private static OrleansMessageRejectionException Rejection(string message) => (OrleansMessageRejectionException)Activator.CreateInstance(
        typeof(OrleansMessageRejectionException), BindingFlags.Instance | BindingFlags.NonPublic, null, [message], null)!;

    private async Task<(TestUser Buyer, TestUser Seller)> BuyerAndSellerAsync(long topUp)
    {
        var buyer = await app.CreateUserAsync();
        var seller = await app.CreateUserAsync("seller");
        await app.TopUpAsync(buyer.Id, topUp);
        return (buyer, seller);
    }

    public sealed class Fixture : ApiFixture
    {
        public Fixture()
            : this(new GrainFaults())
        {
        }

        private Fixture(GrainFaults faults)
            : base(new CashlessApiFactory { TestServices = services => services.AddSingleton<IIncomingGrainCallFilter>(faults) }) =>
            Faults = faults;

        public GrainFaults Faults { get; }
    }
}

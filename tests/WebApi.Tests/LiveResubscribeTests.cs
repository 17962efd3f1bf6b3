using Cashless.WebApi.Hubs;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Cashless.WebApi.Tests;

/// <summary>
/// A front silo whose subscription to a user's notification feed fails (a timeout under load) retries it within a
/// second or two instead of at the next renewal, a minute later (the default, kept here): the connection is not left deaf.
/// </summary>
public sealed class LiveResubscribeTests(LiveResubscribeTests.Fixture fixture) : IClassFixture<LiveResubscribeTests.Fixture>
{
    [Fact]
    public async Task Connect_SubscribeTimesOutTwice_IsRetriedPromptlyAndThePushArrives()
    {
        var app = fixture.Silo;
        Assert.True(app.Factory.Services.GetRequiredService<IOptions<LiveNotificationsOptions>>().Value.RenewInterval > LiveClient.Deadline);
        var (payer, payee) = (await app.CreateUserAsync(), await app.CreateUserAsync("seller"));
        await app.TopUpAsync(payer.Id, 50_000);
        fixture.Faults.Arm("INotificationFeedGrain.Subscribe", () => new TimeoutException("subscribe timed out (test)"), times: 2);

        await using var live = await app.ConnectLiveAsync(payee);
        var paymentId = await ApiCalls.PayAsync(payer.Client, payee.Id, 8_000);

        await live.NotificationAsync("payment_received", paymentId);
        var failures = app.Factory.Logs.Lines.Where(line => line.Category == typeof(LiveSubscriptions).FullName
            && line.Level == LogLevel.Warning && line.Message.Contains(payee.Id, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, line => Assert.Contains("retrying in", line.Message, StringComparison.Ordinal));
    }

    /// <summary>One silo on a Kestrel port (the hub client needs one) whose grain calls can be made to fail.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public GrainFaults Faults { get; } = new();

        public SiloApp Silo { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Silo = new SiloApp(LiveClusterFixture.Kestrel(
                new CashlessApiFactory { TestServices = services => services.AddSingleton<IIncomingGrainCallFilter>(Faults) }));
            return Silo.InitializeAsync();
        }

        public Task DisposeAsync() => Silo.DisposeAsync();
    }
}

using Cashless.WebApi.Hubs;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>One silo of the cluster: its HTTP API, its hub, and what it knows of its live connections.</summary>
public sealed class SiloApp(CashlessApiFactory factory) : ApiFixture(factory)
{
    public Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    public LiveSubscriptions Live => Factory.Services.GetRequiredService<LiveSubscriptions>();

    public Task<LiveClient> ConnectAsync(TestUser user) => LiveClient.ConnectAsync(BaseAddress, user.Token);

    /// <summary>Connects and waits until this silo hears the user's feed, or <paramref name="feeds"/> (a connection's start returns before that).</summary>
    public async Task<LiveClient> ConnectLiveAsync(TestUser user, IReadOnlyList<string>? feeds = null)
    {
        var client = await ConnectAsync(user);
        await Eventually.True(() => Task.FromResult((feeds ?? [user.Id]).All(Live.IsLive)), LiveClient.Deadline,
            $"{user.Id}'s connection on this silo to be subscribed");
        return client;
    }
}

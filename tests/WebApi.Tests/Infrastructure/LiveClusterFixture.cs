using System.Globalization;
using Cashless.Grains.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// Two front silos of ONE Orleans cluster, each a whole application on its own Kestrel port: <see cref="A"/> is the
/// primary (it holds the localhost membership table), <see cref="B"/> joins it through <c>Cluster:PrimarySiloPort</c>.
/// They share one store, as the silos of a real cluster share PostgreSQL, and one signing key and admin. SignalR has
/// no backplane here: a notification raised on one silo reaches a connection on the other only through Orleans.
/// Subscriptions are renewed (and revoked tokens looked for) every second instead of every minute.
/// </summary>
public sealed class LiveClusterFixture : IAsyncLifetime
{
    private const string RenewInterval = "00:00:01";

    public SiloApp A { get; private set; } = null!;

    public SiloApp B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        A = new SiloApp(Kestrel(new CashlessApiFactory(new Dictionary<string, string>
        {
            ["Notifications:RenewInterval"] = RenewInterval,
        })));
        await A.InitializeAsync();

        var primary = A.Factory;
        var store = A.Store;
        B = new SiloApp(Kestrel(new CashlessApiFactory(new Dictionary<string, string>
        {
            ["Cluster:PrimarySiloPort"] = primary.Settings["Cluster:SiloPort"],
            ["Jwt:SigningKey"] = primary.SigningKey,
            ["Admin:Email"] = primary.AdminEmail,
            ["Admin:Password"] = primary.AdminPassword,
            ["Notifications:RenewInterval"] = RenewInterval,
        })
        {
            TestServices = services => services.AddSingleton<ICashlessStore>(store),
        }));
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }

    internal static CashlessApiFactory Kestrel(CashlessApiFactory factory)
    {
        var port = FreePort.Next();
        factory.UseKestrel(port);
        factory.ClientOptions.BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        return factory;
    }
}

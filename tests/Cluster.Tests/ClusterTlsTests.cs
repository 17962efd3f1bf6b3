using System.Net;
using System.Security.Cryptography.X509Certificates;
using Cashless.Cluster.Tests.Infrastructure;
using Cashless.Grains.Interfaces.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.Cluster.Tests;

/// <summary>
/// With Cluster:Tls the silos (with certificates of the cluster's authority) form a cluster and serve, and a host that
/// reaches the gateway port without such a certificate cannot call a grain: no IAccountGrain.Post past the HTTP checks.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class ClusterTlsTests(ClusterServices services, ITestOutputHelper output)
{
    [Fact]
    public async Task Gateway_ClientWithoutTheClusterCertificate_CannotReachAGrain()
    {
        await using var cluster = await TestCluster.CreateAsync(services);
        var nodes = await cluster.StartAsync(("front-1", NodeKind.Front), ("silo-1", NodeKind.Silo));
        using var api = new ApiClient(nodes[0].BaseAddress, nodes[0].Name);
        var admin = await Community.AdminToken(api);
        var buyer = (await Community.Open(api, admin, "buyer", 1, topUp: 30_000)).Single();
        var gateway = nodes[1].GatewayPort;

        var plain = await TryReadWallet(cluster, gateway, buyer.Id, certificate: null);
        var foreign = await TryReadWallet(cluster, gateway, buyer.Id, ClusterCertificates.Foreign());
        var member = await TryReadWallet(cluster, gateway, buyer.Id, ClusterCertificates.Node);

        output.WriteLine($"plain TCP: {plain}; another authority's certificate: {foreign}; the cluster's: {member}");
        Assert.StartsWith("refused", plain, StringComparison.Ordinal);
        Assert.StartsWith("refused", foreign, StringComparison.Ordinal);
        Assert.Equal("balance 30000", member);
    }

    /// <summary>An Orleans client of its own on the gateway: what it read, or why it could not.</summary>
    private static async Task<string> TryReadWallet(TestCluster cluster, int gatewayPort, string accountId, X509Certificate2? certificate)
    {
        var host = new HostBuilder().UseOrleansClient(client =>
        {
            client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, gatewayPort));
            client.Configure<ClusterOptions>(options => (options.ServiceId, options.ClusterId) = (cluster.ServiceId, TestCluster.DefaultClusterId));
            if (certificate is not null)
            {
                // The client presents its certificate; whether the gateway is genuine is not what this test asks.
                client.UseTls(certificate, options => options.AllowAnyRemoteCertificate());
            }
        }).Build();
        try
        {
            await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(15));
            var wallet = await host.Services.GetRequiredService<IClusterClient>().GetGrain<IAccountGrain>(accountId).GetWallet()
                .WaitAsync(TimeSpan.FromSeconds(30));
            return $"balance {wallet?.Balance.Rupiah}";
        }
        catch (Exception refused) when (refused is not OutOfMemoryException)
        {
            return $"refused: {refused.GetType().Name}: {refused.Message.Split('\n')[0]}";
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
            host.Dispose();
        }
    }
}

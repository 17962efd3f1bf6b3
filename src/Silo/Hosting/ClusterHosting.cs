using Cashless.Silo.Storage;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Cashless.Silo.Hosting;

/// <summary>Orleans membership by <see cref="ClusterSettings.Mode"/>, checked before anything starts.</summary>
public static class ClusterHosting
{
    public const string MembershipSection = "Cluster:Membership";

    /// <summary>
    /// Refuses, before any service starts, a configuration that cannot work as a cluster: Redis mode needs its
    /// connection string, and a store the silos share (PostgreSQL; a SQLite file belongs to one process).
    /// </summary>
    public static void Validate(ClusterSettings cluster, StorageProvider storage, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(configuration);
        if (cluster.Mode == ClusterMode.Localhost)
        {
            return;
        }

        if (storage == StorageProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"Cluster:Mode={cluster.Mode} needs Storage:Provider=Postgres (and ConnectionStrings:Postgres), or another " +
                "store the silos share: Sqlite is a database file of one process.");
        }

        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis")))
        {
            throw new InvalidOperationException(
                $"Cluster:Mode={cluster.Mode} needs ConnectionStrings:Redis, the membership store (for example 127.0.0.1:6379).");
        }
    }

    /// <summary>
    /// Localhost: exactly the one-process setup. Redis: membership in Redis, endpoints on the advertised address. Either
    /// with mutual TLS on the Orleans ports when Cluster:Tls:CertificatePath is set.
    /// </summary>
    public static ISiloBuilder UseCashlessClustering(this ISiloBuilder silo, ClusterSettings cluster, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.Tls.Enabled)
        {
            silo.UseClusterTls(cluster.Tls);
        }

        if (cluster.Mode == ClusterMode.Localhost)
        {
            var primary = cluster.PrimarySiloPort is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null;
            return silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, primary, cluster.ServiceId, cluster.ClusterId);
        }

        silo.Configure<ClusterOptions>(options =>
        {
            options.ServiceId = cluster.ServiceId;
            options.ClusterId = cluster.ClusterId;
        });
        silo.ConfigureEndpoints(cluster.ResolveAdvertisedAddress(), cluster.SiloPort, cluster.GatewayPort);
        silo.UseRedisClustering(configuration.GetConnectionString("Redis")!);

        // Orleans 10 places a new activation by resource use with a preference for the calling silo, so grains
        // would gather on the front silos that take the requests. Random placement spreads them over every silo,
        // standalone ones included, and a silo that joins takes its share of the new activations at once.
        silo.Services.AddSingleton<PlacementStrategy, RandomPlacement>();
        silo.Configure<ClusterMembershipOptions>(options =>
        {
            UseFastFailureDetection(options);
            configuration.GetSection(MembershipSection).Bind(options);
        });
        return silo;
    }

    /// <summary>
    /// A killed silo is declared dead in a few seconds instead of Orleans' default of tens of seconds: its grains are
    /// unreachable until then. Each silo probes its monitored silos about once per probe timeout (adapted by Orleans
    /// between half and four times it, from the answer times it sees, so a loaded machine does not vote a slow but
    /// live silo out); three missed probes and a failed indirect probe make a suspicion vote, and two votes declare
    /// the silo dead. Measured on loopback: see docs/decisions/0005-cluster-membership.md.
    /// </summary>
    public static void UseFastFailureDetection(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 3;
        options.NumVotesForDeathDeclaration = 2;

        // A backstop to gossip, which normally spreads a death at once.
        options.TableRefreshTimeout = TimeSpan.FromSeconds(10);
    }
}

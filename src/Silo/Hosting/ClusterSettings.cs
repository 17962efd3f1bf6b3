using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace Cashless.Silo.Hosting;

/// <summary>
/// The "Cluster" section: how this silo finds the others, the ports it listens on, and how it leaves. The liveness
/// tuning of Redis mode is the "Cluster:Membership" section (Orleans' <c>ClusterMembershipOptions</c>), on top of
/// <see cref="ClusterHosting"/>'s defaults.
/// </summary>
public sealed class ClusterSettings
{
    public const string Section = "Cluster";

    public ClusterMode Mode { get; set; } = ClusterMode.Localhost;

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    public string ServiceId { get; set; } = "cashless";

    public string ClusterId { get; set; } = "cashless";

    /// <summary>
    /// Localhost mode only: the silo port of the silo that holds the membership table, for a second silo on the same
    /// machine to join it (a test cluster of two front silos). Unset: this silo is the primary.
    /// </summary>
    public int? PrimarySiloPort { get; set; }

    /// <summary>
    /// The address other silos reach this one at (Redis mode): an IP address, a host name resolved at start (a
    /// container's service name), or <see cref="OwnHostName"/> for this machine's own name (a scaled container).
    /// The silo listens on it too.
    /// </summary>
    public string AdvertisedIP { get; set; } = "127.0.0.1";

    /// <summary>The <see cref="AdvertisedIP"/> that means "whatever this machine's host name resolves to".</summary>
    public const string OwnHostName = "auto";

    /// <summary>Mutual TLS between silos and from clients to gateways; off unless a certificate is configured.</summary>
    public ClusterTlsSettings Tls { get; set; } = new();

    /// <summary>How long a stop may take: requests in progress are answered, then grains deactivate and the silo leaves.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public static ClusterSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<ClusterSettings>() ?? new ClusterSettings();

    /// <summary>The advertised address as an IPv4 address (host names are resolved once, at start).</summary>
    public IPAddress ResolveAdvertisedAddress()
    {
        if (IPAddress.TryParse(AdvertisedIP, out var address))
        {
            return address;
        }

        var name = string.Equals(AdvertisedIP, OwnHostName, StringComparison.OrdinalIgnoreCase) ? Dns.GetHostName() : AdvertisedIP;
        var addresses = Dns.GetHostAddresses(name).Where(a => a.AddressFamily == AddressFamily.InterNetwork).ToList();
        return addresses.Find(a => !IPAddress.IsLoopback(a)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"Cluster:AdvertisedIP '{AdvertisedIP}' ({name}) has no IPv4 address.");
    }
}

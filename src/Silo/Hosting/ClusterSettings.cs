namespace Cashless.Silo.Hosting;

/// <summary>The "Cluster" section: how this silo finds the others, and the ports it listens on.</summary>
public sealed class ClusterSettings
{
    public const string Section = "Cluster";

    public ClusterMode Mode { get; set; } = ClusterMode.Localhost;

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    public string ServiceId { get; set; } = "cashless";

    public string ClusterId { get; set; } = "cashless";
}

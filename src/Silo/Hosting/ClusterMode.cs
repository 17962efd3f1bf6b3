namespace Cashless.Silo.Hosting;

public enum ClusterMode
{
    /// <summary>One process; no membership store.</summary>
    Localhost = 0,
}

namespace Cashless.Silo.Hosting;

public enum ClusterMode
{
    /// <summary>One process; no membership store.</summary>
    Localhost = 0,

    /// <summary>
    /// Several processes: silo membership in Redis (<c>ConnectionStrings:Redis</c>), money in PostgreSQL. See
    /// docs/decisions/0005-cluster-membership.md.
    /// </summary>
    Redis = 1,
}

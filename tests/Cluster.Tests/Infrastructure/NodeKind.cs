namespace Cashless.Cluster.Tests.Infrastructure;

public enum NodeKind
{
    /// <summary>src/WebApi: the API over a co-hosted silo.</summary>
    Front,

    /// <summary>src/Silo: grains only, plus its operator port (health, metrics).</summary>
    Silo,
}

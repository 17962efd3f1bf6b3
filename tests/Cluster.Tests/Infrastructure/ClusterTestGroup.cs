using Xunit;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// One collection: the clusters run one after another (several at once would only fight over two cores and make
/// failure detection measure the machine instead of the cluster).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterTestGroup : ICollectionFixture<ClusterServices>
{
    public const string Name = "Cluster";
}

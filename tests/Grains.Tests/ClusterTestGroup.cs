using Xunit;

namespace Cashless.Grains.Tests;

[CollectionDefinition(Name)]
public sealed class ClusterTestGroup : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

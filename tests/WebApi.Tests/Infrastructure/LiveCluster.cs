namespace Cashless.WebApi.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class LiveCluster : ICollectionFixture<LiveClusterFixture>
{
    public const string Name = "live-cluster";
}

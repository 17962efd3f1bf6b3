namespace Cashless.WebApi.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

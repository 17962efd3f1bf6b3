namespace Cashless.WebApi.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class ReportsApi : ICollectionFixture<ReportsFixture>
{
    public const string Name = "reports";
}

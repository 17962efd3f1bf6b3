namespace Cashless.WebApi.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class MidtransApi : ICollectionFixture<MidtransFixture>
{
    public const string Name = "midtrans";
}

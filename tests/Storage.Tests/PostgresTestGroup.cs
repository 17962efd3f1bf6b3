using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>The PostgreSQL tests share one server (started once); each test still gets a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTestGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

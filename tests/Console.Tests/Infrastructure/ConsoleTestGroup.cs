namespace Cashless.Console.Tests.Infrastructure;

/// <summary>The console's tests share one server and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleTestGroup : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "Console";
}

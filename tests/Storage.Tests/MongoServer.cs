using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Cashless.Storage.Tests;

/// <summary>
/// The MongoDB the Mongo tests use: the connection string in <c>CASHLESS_TEST_MONGO</c> (a replica set), or none. When
/// there is none, it says so once in the test run's output (the per-test skip reason shows only in detailed output).
/// </summary>
public sealed class MongoServer
{
    public const string Variable = "CASHLESS_TEST_MONGO";
    public const string SkipReason = $"{Variable} is not set: no MongoDB reachable";

    public MongoServer(IMessageSink diagnostics)
    {
        ConnectionString = Environment.GetEnvironmentVariable(Variable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
        if (ConnectionString is null)
        {
            diagnostics.OnMessage(new DiagnosticMessage($"MongoDB conformance tests are SKIPPED: {SkipReason}"));
        }
    }

    public string? ConnectionString { get; }

    /// <summary>The connection string, or a skip of the running test (thrown, so it stops the test wherever it is asked).</summary>
    public string Require()
    {
        Skip.If(ConnectionString is null, SkipReason);
        return ConnectionString!;
    }
}

using System.Net;
using Cashless.Silo.Storage;
using Cashless.Silo.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;
using MongoDB.Driver.Core.Connections;
using MongoDB.Driver.Core.Servers;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>
/// Which failures of a write transaction answer "conflict" (refused, nothing written) and which stay failures. The
/// driver's write errors cannot be built outside it, so the duplicate key and the validator are shown as command errors.
/// </summary>
public sealed class MongoConflictsTests
{
    private static readonly ConnectionId Connection = new(new ServerId(new ClusterId(), new DnsEndPoint("localhost", 27017)));

    [Theory]
    [InlineData(11000)]
    [InlineData(121)]
    public void IsConflict_DuplicateKeyOrValidatorRefusal_IsAConflict(int code) =>
        Assert.True(MongoConflicts.IsConflict(CommandError(code)));

    [Fact]
    public void IsConflict_FailedPrecondition_IsAConflict() =>
        Assert.True(MongoConflicts.IsConflict(new StoreConflictException("account usr_1 is no longer at version 0")));

    [Theory]
    [InlineData(112)] // WriteConflict: transient, the driver retries the transaction before anyone sees it
    [InlineData(251)] // NoSuchTransaction
    [InlineData(13)] // Unauthorized
    public void IsConflict_OtherServerErrors_StayFailures(int code) =>
        Assert.False(MongoConflicts.IsConflict(CommandError(code)));

    [Fact]
    public void IsConflict_NoServer_StaysAFailure() =>
        Assert.False(MongoConflicts.IsConflict(new TimeoutException("no server")));

    private static MongoCommandException CommandError(int code) =>
        new(Connection, $"error {code}", new BsonDocument("commitTransaction", 1), new BsonDocument { { "ok", 0 }, { "code", code } });
}

using MongoDB.Bson;
using MongoDB.Bson.IO;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>
/// Compares documents built by the Mongo adapter with expected JSON written in the shell's syntax, where
/// <c>NumberLong(5)</c> is an Int64 and a bare <c>5</c> an Int32: the storage format (money and times as Int64, enums
/// as Int32) is part of what is compared, not only the values.
/// </summary>
internal static class MongoJson
{
    private static readonly JsonWriterSettings Shell = new() { OutputMode = JsonOutputMode.Shell };

    public static void Equal(string expected, BsonDocument actual) =>
        Assert.Equal(BsonDocument.Parse(expected).ToJson(Shell), actual.ToJson(Shell));

    /// <summary>A pipeline against the JSON of its array of stages.</summary>
    public static void Equal(string expected, IEnumerable<BsonDocument> actual) =>
        Equal($"{{ \"stages\": {expected} }}", new BsonDocument("stages", new BsonArray(actual)));
}

using MongoDB.Bson;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>
/// A collection as the schema wants it: a validator (the relational CHECK constraints: a write that breaks it is
/// refused, and refuses its transaction) and its indexes beside <c>_id</c>.
/// </summary>
internal sealed record MongoCollectionSpec(string Name, BsonDocument? Validator, IReadOnlyList<MongoIndexSpec> Indexes);

/// <summary>An index by name; <see cref="PartialFilter"/> limits it to the documents that match.</summary>
internal sealed record MongoIndexSpec(string Name, BsonDocument Keys, bool Unique = false, BsonDocument? PartialFilter = null);

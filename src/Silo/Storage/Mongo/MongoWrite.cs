using MongoDB.Bson;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>One write of a transaction, as plain documents (so a plan can be checked without a server).</summary>
internal abstract record MongoWrite(string Collection);

/// <summary>Inserts <see cref="Document"/>; a duplicate key refuses the whole transaction.</summary>
internal sealed record MongoInsert(string Collection, BsonDocument Document) : MongoWrite(Collection);

/// <summary>
/// Updates the one document <see cref="Filter"/> finds (a key plus a sequence or state check); when it finds none, the
/// whole transaction is refused for the reason in <see cref="Refusal"/>.
/// </summary>
internal sealed record MongoGuardedUpdate(string Collection, BsonDocument Filter, BsonDocument Update, string Refusal)
    : MongoWrite(Collection);

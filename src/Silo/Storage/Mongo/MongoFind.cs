using MongoDB.Bson;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>A find as plain documents: which documents, in what order, how many at most.</summary>
internal sealed record MongoFind(BsonDocument Filter, BsonDocument? Sort = null, int? Limit = null);

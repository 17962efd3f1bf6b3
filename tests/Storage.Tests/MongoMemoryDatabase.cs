using Cashless.Silo.Storage.Mongo;
using MongoDB.Bson;

namespace Cashless.Storage.Tests;

/// <summary>
/// Collections in memory under the adapter's schema (<see cref="MongoSchema.Collections"/>: its unique indexes and
/// validators), where a plan of <see cref="MongoWrite"/>s runs as <see cref="MongoWriteRunner"/> sends it: collection by
/// collection, a guarded update that finds nothing refusing the whole plan, and all of it or nothing kept, as a
/// transaction. Test-only, built on <see cref="MongoMemory"/>.
/// </summary>
internal sealed class MongoMemoryDatabase
{
    private Dictionary<string, List<BsonDocument>> _collections =
        MongoSchema.Collections.ToDictionary(spec => spec.Name, _ => new List<BsonDocument>());

    public IReadOnlyDictionary<string, List<BsonDocument>> Collections => _collections;

    public List<BsonDocument> this[string collection] => _collections[collection];

    /// <summary>True when the plan was kept; false when it was refused, and then nothing of it is.</summary>
    public bool Run(IReadOnlyList<MongoWrite> writes)
    {
        var working = _collections.ToDictionary(c => c.Key, c => c.Value.Select(doc => doc.DeepClone().AsBsonDocument).ToList());
        foreach (var group in writes.GroupBy(write => write.Collection))
        {
            foreach (var write in group)
            {
                if (!Apply(working, write))
                {
                    return false;
                }
            }
        }

        _collections = working;
        return true;
    }

    public List<BsonDocument> Find(string collection, MongoFind find) =>
        MongoMemory.Find(_collections[collection], find.Filter, find.Sort, find.Limit);

    public List<BsonDocument> Aggregate(string collection, IEnumerable<BsonDocument> pipeline) =>
        MongoMemory.Aggregate(_collections[collection], pipeline, _collections);

    private static bool Apply(Dictionary<string, List<BsonDocument>> collections, MongoWrite write)
    {
        var documents = collections[write.Collection];
        switch (write)
        {
            case MongoInsert insert:
                var inserted = insert.Document.DeepClone().AsBsonDocument;
                if (!inserted.Contains("_id"))
                {
                    inserted.InsertAt(0, new BsonElement("_id", ObjectId.GenerateNewId()));
                }

                if (!Allowed(write.Collection, documents, inserted))
                {
                    return false;
                }

                documents.Add(inserted);
                return true;
            case MongoGuardedUpdate update:
                var index = documents.FindIndex(doc => MongoMemory.Matches(doc, update.Filter));
                if (index < 0)
                {
                    return false;
                }

                var updated = MongoMemory.Update(documents[index], update.Update);
                var others = documents.Where((_, i) => i != index).ToList();
                if (!Allowed(write.Collection, others, updated))
                {
                    return false;
                }

                documents[index] = updated;
                return true;
            default:
                throw new NotSupportedException(write.GetType().Name);
        }
    }

    /// <summary>The validator passes and no unique key (the _id or a unique index) is taken by another document.</summary>
    private static bool Allowed(string collection, List<BsonDocument> others, BsonDocument candidate)
    {
        var spec = MongoSchema.Collections.Single(c => c.Name == collection);
        if (spec.Validator is not null && !MongoMemory.Matches(candidate, spec.Validator))
        {
            return false;
        }

        var keys = spec.Indexes.Where(index => index.Unique).Select(index => index.Keys.Names.ToList()).Append(["_id"]);
        return !keys.Any(fields => others.Any(other => fields.All(field =>
            (MongoMemory.Field(other, field) ?? BsonNull.Value).Equals(MongoMemory.Field(candidate, field) ?? BsonNull.Value))));
    }
}

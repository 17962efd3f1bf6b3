using System.Text.RegularExpressions;
using MongoDB.Bson;

namespace Cashless.Storage.Tests;

/// <summary>
/// A test-only evaluator of the part of MongoDB's query, update and aggregation language that the Mongo adapter
/// writes, following the server's documented rules (a null filter value matches a missing field; query comparisons
/// only compare values of one kind; <c>$sum</c> skips what is not a number and keeps Int64 wide; a <c>$group</c> over
/// nothing yields nothing). It lets the adapter's documents, filters, updates and pipelines run here without a server.
/// It is no substitute for one: an operator it does not know throws, and what it knows was read, not measured.
/// </summary>
internal static class MongoMemory
{
    public static bool Matches(BsonDocument doc, BsonDocument filter) => filter.All(element => element.Name switch
    {
        "$or" => element.Value.AsBsonArray.Any(branch => Matches(doc, branch.AsBsonDocument)),
        "$and" => element.Value.AsBsonArray.All(branch => Matches(doc, branch.AsBsonDocument)),
        _ => MatchesField(Field(doc, element.Name), element.Value),
    });

    public static List<BsonDocument> Find(IEnumerable<BsonDocument> docs, BsonDocument filter, BsonDocument? sort = null, int? limit = null)
    {
        var found = docs.Where(doc => Matches(doc, filter)).ToList();
        if (sort is not null)
        {
            found = Sort(found, sort);
        }

        return limit is { } n ? found.Take(n).ToList() : found;
    }

    /// <summary>Applies an update document (<c>$set</c>, <c>$inc</c>, <c>$setOnInsert</c> when inserting) to a copy.</summary>
    public static BsonDocument Update(BsonDocument doc, BsonDocument update, bool inserting = false)
    {
        var updated = doc.DeepClone().AsBsonDocument;
        foreach (var op in update)
        {
            foreach (var field in op.Value.AsBsonDocument)
            {
                switch (op.Name)
                {
                    case "$set":
                        updated[field.Name] = field.Value;
                        break;
                    case "$inc":
                        updated[field.Name] = Add(Field(updated, field.Name) ?? new BsonInt32(0), field.Value);
                        break;
                    case "$setOnInsert" when inserting:
                        updated[field.Name] = field.Value;
                        break;
                    case "$setOnInsert":
                        break;
                    default:
                        throw new NotSupportedException(op.Name);
                }
            }
        }

        return updated;
    }

    /// <summary>Runs a pipeline; <paramref name="collections"/> serve <c>$lookup</c>.</summary>
    public static List<BsonDocument> Aggregate(
        IEnumerable<BsonDocument> docs, IEnumerable<BsonDocument> pipeline, IReadOnlyDictionary<string, List<BsonDocument>>? collections = null)
    {
        var current = docs.Select(doc => doc.DeepClone().AsBsonDocument).ToList();
        foreach (var stage in pipeline)
        {
            var (name, spec) = (stage.GetElement(0).Name, stage.GetElement(0).Value);
            current = name switch
            {
                "$match" => current.Where(doc => Matches(doc, spec.AsBsonDocument)).ToList(),
                "$sort" => Sort(current, spec.AsBsonDocument),
                "$limit" => current.Take(spec.ToInt32()).ToList(),
                "$group" => Group(current, spec.AsBsonDocument),
                "$lookup" => current.Select(doc => Lookup(doc, spec.AsBsonDocument, collections!)).ToList(),
                "$unwind" => current.SelectMany(doc => Unwind(doc, spec.AsString)).ToList(),
                "$project" => current.Select(doc => Project(doc, spec.AsBsonDocument)).ToList(),
                "$set" => current.Select(doc => SetStage(doc, spec.AsBsonDocument)).ToList(),
                _ => throw new NotSupportedException(name),
            };
        }

        return current;
    }

    /// <summary>An aggregation expression; null stands for "missing".</summary>
    public static BsonValue? Evaluate(BsonDocument doc, BsonValue expression)
    {
        if (expression is BsonString { Value: var path } && path.StartsWith('$'))
        {
            return Field(doc, path[1..]);
        }

        if (expression is not BsonDocument { ElementCount: 1 } op || !op.GetElement(0).Name.StartsWith('$'))
        {
            return expression;
        }

        var (name, args) = (op.GetElement(0).Name, op.GetElement(0).Value);
        BsonValue? Arg(int i) => Evaluate(doc, args.AsBsonArray[i]);
        return name switch
        {
            "$eq" => Equal(Arg(0), Arg(1)),
            "$in" => Arg(1)!.AsBsonArray.Any(item => Equal(Arg(0), item)),
            "$and" => args.AsBsonArray.All(arg => Truthy(Evaluate(doc, arg))),
            "$cond" => Truthy(Arg(0)) ? Arg(1) : Arg(2),
            "$ifNull" => Arg(0) is { IsBsonNull: false } value ? value : Arg(1),
            "$subtract" => Add(Arg(0)!, Negate(Arg(1)!)),
            "$arrayElemAt" => Arg(0)!.AsBsonArray.ElementAtOrDefault(Arg(1)!.ToInt32()),
            "$switch" => Switch(doc, args.AsBsonDocument),
            "$literal" => args,
            _ => throw new NotSupportedException(name),
        };
    }

    public static BsonValue? Field(BsonDocument doc, string path)
    {
        BsonValue? current = doc;
        foreach (var part in path.Split('.'))
        {
            current = current switch
            {
                BsonDocument d => d.TryGetValue(part, out var value) ? value : null,
                BsonArray a => new BsonArray(a.OfType<BsonDocument>().Where(d => d.Contains(part)).Select(d => d[part])),
                _ => null,
            };
        }

        return current;
    }

    private static bool MatchesField(BsonValue? value, BsonValue condition)
    {
        if (condition is BsonDocument operators && operators.ElementCount > 0 && operators.GetElement(0).Name.StartsWith('$'))
        {
            return operators.All(op => op.Name switch
            {
                "$eq" => MatchesField(value, op.Value),
                "$in" => op.Value.AsBsonArray.Any(item => MatchesField(value, item)),
                "$nin" => !op.Value.AsBsonArray.Any(item => MatchesField(value, item)),
                "$ne" => !MatchesField(value, op.Value),
                "$lt" => Comparable(value, op.Value) && value!.CompareTo(op.Value) < 0,
                "$lte" => Comparable(value, op.Value) && value!.CompareTo(op.Value) <= 0,
                "$gt" => Comparable(value, op.Value) && value!.CompareTo(op.Value) > 0,
                "$gte" => Comparable(value, op.Value) && value!.CompareTo(op.Value) >= 0,
                _ => throw new NotSupportedException(op.Name),
            });
        }

        return condition switch
        {
            BsonNull => value is null || value.IsBsonNull,
            BsonRegularExpression regex => value is BsonString s && Regex.IsMatch(s.Value, regex.Pattern, Options(regex.Options)),
            _ => value is not null && Equal(value, condition),
        };
    }

    /// <summary>Query comparisons compare numbers with numbers and strings with strings; anything else does not match.</summary>
    private static bool Comparable(BsonValue? value, BsonValue bound) =>
        value is not null && ((value.IsNumeric && bound.IsNumeric) || (value.IsString && bound.IsString));

    private static bool Equal(BsonValue? a, BsonValue? b) =>
        (a is null && b is null) || (a is not null && b is not null && (a.IsNumeric && b.IsNumeric ? a.ToDecimal() == b.ToDecimal() : a.Equals(b)));

    private static RegexOptions Options(string options) => options.Contains('i', StringComparison.Ordinal) ? RegexOptions.IgnoreCase : RegexOptions.None;

    private static List<BsonDocument> Sort(List<BsonDocument> docs, BsonDocument sort) =>
        [.. docs.Order(Comparer<BsonDocument>.Create((x, y) =>
        {
            foreach (var key in sort)
            {
                var order = (Field(x, key.Name) ?? BsonNull.Value).CompareTo(Field(y, key.Name) ?? BsonNull.Value);
                if (order != 0)
                {
                    return key.Value.ToInt32() * order;
                }
            }

            return 0;
        }))];

    private static List<BsonDocument> Group(List<BsonDocument> docs, BsonDocument spec)
    {
        if (!spec["_id"].IsBsonNull)
        {
            throw new NotSupportedException("only $group with _id null");
        }

        if (docs.Count == 0)
        {
            return [];
        }

        var result = new BsonDocument("_id", BsonNull.Value);
        foreach (var field in spec.Where(field => field.Name != "_id"))
        {
            var accumulator = field.Value.AsBsonDocument.GetElement(0);
            if (accumulator.Name != "$sum")
            {
                throw new NotSupportedException(accumulator.Name);
            }

            result[field.Name] = docs.Select(doc => Evaluate(doc, accumulator.Value))
                .Where(value => value is not null && value.IsNumeric)
                .Aggregate((BsonValue)new BsonInt32(0), (sum, value) => Add(sum, value!));
        }

        return [result];
    }

    private static BsonDocument Lookup(BsonDocument doc, BsonDocument spec, IReadOnlyDictionary<string, List<BsonDocument>> collections)
    {
        var local = Field(doc, spec["localField"].AsString) ?? BsonNull.Value;
        var matches = collections[spec["from"].AsString].Where(other => MatchesField(Field(other, spec["foreignField"].AsString), local));
        doc[spec["as"].AsString] = new BsonArray(matches);
        return doc;
    }

    private static IEnumerable<BsonDocument> Unwind(BsonDocument doc, string path) =>
        Field(doc, path[1..]) is BsonArray items
            ? items.Select(item => new BsonDocument(doc) { [path[1..]] = item })
            : [];

    private static BsonDocument Project(BsonDocument doc, BsonDocument spec)
    {
        var projected = new BsonDocument();
        if (!spec.TryGetValue("_id", out var id) || Truthy(id))
        {
            projected["_id"] = doc["_id"];
        }

        foreach (var field in spec.Where(field => field.Name != "_id"))
        {
            var value = field.Value.IsNumeric || field.Value.IsBoolean ? Field(doc, field.Name) : Evaluate(doc, field.Value);
            if (value is not null)
            {
                projected[field.Name] = value;
            }
        }

        return projected;
    }

    private static BsonDocument SetStage(BsonDocument doc, BsonDocument spec)
    {
        foreach (var field in spec)
        {
            doc[field.Name] = Evaluate(doc, field.Value) ?? BsonNull.Value;
        }

        return doc;
    }

    private static BsonValue? Switch(BsonDocument doc, BsonDocument spec)
    {
        foreach (var branch in spec["branches"].AsBsonArray.Select(b => b.AsBsonDocument))
        {
            if (Truthy(Evaluate(doc, branch["case"])))
            {
                return Evaluate(doc, branch["then"]);
            }
        }

        return Evaluate(doc, spec["default"]);
    }

    private static bool Truthy(BsonValue? value) => value switch
    {
        null or BsonNull => false,
        BsonBoolean b => b.Value,
        _ when value.IsNumeric => value.ToDouble() != 0,
        _ => true,
    };

    /// <summary>Int32 + Int32 stays Int32 unless it overflows; anything with an Int64 is Int64, as the server adds.</summary>
    private static BsonValue Add(BsonValue a, BsonValue b)
    {
        if (a.BsonType is BsonType.Double || b.BsonType is BsonType.Double)
        {
            return new BsonDouble(a.ToDouble() + b.ToDouble());
        }

        var sum = checked(a.ToInt64() + b.ToInt64());
        return a.BsonType == BsonType.Int32 && b.BsonType == BsonType.Int32 && sum is >= int.MinValue and <= int.MaxValue
            ? new BsonInt32((int)sum)
            : new BsonInt64(sum);
    }

    private static BsonValue Negate(BsonValue value) => value.BsonType switch
    {
        BsonType.Int32 => new BsonInt32(-value.AsInt32),
        BsonType.Int64 => new BsonInt64(-value.AsInt64),
        _ => new BsonDouble(-value.ToDouble()),
    };
}

using System.Text;
using Cashless.Grains.Ledger;
using MongoDB.Bson;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>Users with their accounts (the status lives on the account), as the relational <c>users JOIN accounts</c>.</summary>
internal static class MongoUserQueries
{
    private const string SpecialCharacters = @"\^$.|?*+()[]{}";

    /// <summary>
    /// Users matching <paramref name="match"/>, each joined with its account under <c>account</c> (read with
    /// <see cref="MongoDocuments.ToUser"/>). The join comes after the page is cut: every user has its account, both
    /// written in one transaction.
    /// </summary>
    public static BsonDocument[] Joined(BsonDocument match, int? limit = null) =>
    [
        new("$match", match),
        .. limit is { } n ? [new("$sort", new BsonDocument("_id", -1)), new BsonDocument("$limit", n)] : Array.Empty<BsonDocument>(),
        new("$lookup", new BsonDocument { { "from", MongoSchema.Accounts }, { "localField", "_id" }, { "foreignField", "_id" }, { "as", "account" } }),
        new("$unwind", "$account"),
    ];

    /// <summary>Text in the name or e-mail (case-insensitive, taken literally), role, cursor; newest id first.</summary>
    public static BsonDocument[] Search(UserQuery query)
    {
        var match = new BsonDocument();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = new BsonRegularExpression(LiteralPattern(query.Text.Trim()), "i");
            match.Add("$or", new BsonArray { new BsonDocument("name", text), new BsonDocument("email", text) });
        }

        if (query.Role is { } role)
        {
            match.Add("role", (int)role);
        }

        if (query.Page.Before is not null)
        {
            match.Add("_id", new BsonDocument("$lt", query.Page.Before));
        }

        return Joined(match, query.Page.Limit + 1);
    }

    /// <summary>
    /// A pattern that matches <paramref name="text"/> as it is: each of the pattern language's special characters outside
    /// a class (<c>\ ^ $ . | ? * + ( ) [ ] { }</c>) gets a backslash, which makes it stand for itself.
    /// </summary>
    public static string LiteralPattern(string text)
    {
        var pattern = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (SpecialCharacters.Contains(c, StringComparison.Ordinal))
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.ToString();
    }
}

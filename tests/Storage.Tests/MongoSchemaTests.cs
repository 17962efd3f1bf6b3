using Cashless.Silo.Storage.Mongo;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>The constraints the store's guarantees rest on are in the schema, under stable names.</summary>
public sealed class MongoSchemaTests
{
    [Fact]
    public void Collections_UniqueKeys_AreTheLedgersConstraints()
    {
        var unique = MongoSchema.Collections.SelectMany(c => c.Indexes.Where(i => i.Unique).Select(i => $"{c.Name}: {string.Join(", ", i.Keys.Names)}"));

        Assert.Equal(["users: email", "entries: account_id, seq", "entries: account_id, operation_id"], unique);
    }

    [Fact]
    public void Collections_Validators_RefuseNegativeBalancesAndNonPositiveAmounts()
    {
        var validators = MongoSchema.Collections.Where(c => c.Validator is not null).ToDictionary(c => c.Name, c => c.Validator!.ToString());

        Assert.Equal(
            new Dictionary<string, string>
            {
                [MongoSchema.Accounts] = """{ "balance" : { "$gte" : 0 } }""",
                [MongoSchema.Entries] = """{ "balance_after" : { "$gte" : 0 } }""",
                [MongoSchema.Payments] = """{ "amount" : { "$gt" : 0 } }""",
                [MongoSchema.TopUps] = """{ "amount" : { "$gt" : 0 } }""",
                [MongoSchema.Withdrawals] = """{ "amount" : { "$gt" : 0 } }""",
            },
            validators);
    }

    [Fact]
    public void Collections_EveryOneTheStoreUses_IsCreatedOnceWithUniquelyNamedIndexes()
    {
        string[] used =
        [
            MongoSchema.Users, MongoSchema.Accounts, MongoSchema.Entries, MongoSchema.Payments, MongoSchema.TopUps, MongoSchema.Withdrawals,
            MongoSchema.Notifications, MongoSchema.SessionCutoffs, MongoSchema.RevokedTokens, MongoSchema.Idempotency, MongoSchema.SchemaVersion,
            MongoSchema.Cashiers, MongoSchema.PaymentRequests, MongoSchema.Refunds,
            MongoSchema.WalletRules, MongoSchema.LinkCodes, MongoSchema.GuardianLinks,
        ];
        var all = MongoSchema.Collections.Concat(MongoSchema.TillCollections).Concat(MongoSchema.FamilyCollections).ToList();

        Assert.Equal(used.Order(StringComparer.Ordinal), all.Select(c => c.Name).Order(StringComparer.Ordinal));
        var names = all.SelectMany(c => c.Indexes).Select(i => i.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(5, MongoSchema.LatestVersion);
    }
}

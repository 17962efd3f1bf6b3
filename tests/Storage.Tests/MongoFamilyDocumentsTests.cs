using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Mongo;
using MongoDB.Bson;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>The families' documents and filters on MongoDB, checked without a server (see <see cref="MongoMemory"/>).</summary>
public sealed class MongoFamilyDocumentsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public void Rules_RoundTrip_KeepAbsentRulesAbsent()
    {
        var rules = new WalletRules(new Money(10_000), null, new Money(2_000), new Money(30_000));

        Assert.Equal(rules, MongoFamilyDocuments.ToRules(MongoFamilyDocuments.Rules("usr_s", rules, Now)));
        Assert.Equal(WalletRules.None, MongoFamilyDocuments.ToRules(MongoFamilyDocuments.Rules("usr_s", WalletRules.None, Now)));
    }

    [Fact]
    public void UsableCode_MatchesAFreshCode_NotAtItsExpiry_NorOnceUsed()
    {
        var code = MongoFamilyDocuments.Code(new LinkCodeRecord("hash-1", "usr_s", "usr_s", Now, Now.AddHours(24)));

        Assert.True(MongoMemory.Matches(code, MongoFamilyDocuments.UsableCode("hash-1", Now.AddHours(23))));
        Assert.False(MongoMemory.Matches(code, MongoFamilyDocuments.UsableCode("hash-1", Now.AddHours(24))));
        Assert.False(MongoMemory.Matches(code, MongoFamilyDocuments.UsableCode("hash-2", Now)));
        var used = MongoMemory.Update(code, MongoFamilyDocuments.Use("usr_g", Now.AddMinutes(1)));
        Assert.False(MongoMemory.Matches(used, MongoFamilyDocuments.UsableCode("hash-1", Now.AddMinutes(2))));
        Assert.Equal("usr_g", used["used_by"].AsString);
    }

    [Fact]
    public void Link_ReadsBackWithBothNames()
    {
        var link = MongoFamilyDocuments.Link("usr_g", "usr_s", Now);
        var names = new Dictionary<string, string> { ["usr_g"] = "Ibu Rahma", ["usr_s"] = "Siti" };

        Assert.Equal(new GuardianLink("usr_g", "Ibu Rahma", "usr_s", "Siti", Now), MongoFamilyDocuments.ToLink(link, names));
        Assert.Equal(MongoFamilyDocuments.LinkId("usr_g", "usr_s"), link["_id"].AsString);
    }
}

using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Mongo;
using Xunit;
using static Cashless.Storage.Tests.MongoMemoryLedger;

namespace Cashless.Storage.Tests;

/// <summary>Users joined with their accounts, searched by text, role and cursor (in memory, see <see cref="MongoMemory"/>).</summary>
public sealed class MongoUserQueriesTests
{
    private readonly MongoMemoryDatabase _db = new();
    private readonly MongoMemoryLedger _ledger;

    public MongoUserQueriesTests()
    {
        _ledger = new MongoMemoryLedger(_db);
        _ledger.Open("usr_1", AccountRole.Buyer, "Budi Santoso");
        _ledger.Open("usr_2", AccountRole.Seller, "Kantin Bu Sri");
        _ledger.Open("usr_3", AccountRole.Buyer, "Sri Wahyuni");
    }

    [Fact]
    public void Search_TextInNameOrEmailAnyCase_NewestIdFirst()
    {
        Assert.Equal(["usr_3", "usr_2"], Search("SRI", null, new PageRequest(10, null)));
        Assert.Equal(["usr_1"], Search(" usr_1@EXAMPLE ", null, new PageRequest(10, null)));
        Assert.Equal(["usr_3", "usr_2", "usr_1"], Search("  ", null, new PageRequest(10, null)));
    }

    [Fact]
    public void Search_ByRoleWithCursor_ReadsOneMoreThanThePage()
    {
        Assert.Equal(["usr_3", "usr_1"], Search(null, AccountRole.Buyer, new PageRequest(1, null)));
        Assert.Equal(["usr_1"], Search(null, AccountRole.Buyer, new PageRequest(1, "usr_3")));
    }

    [Fact]
    public void Search_TextWithPatternCharacters_IsTakenLiterally()
    {
        _ledger.Open("usr_4", AccountRole.Buyer, "a+b (test) $1");

        Assert.Equal(["usr_4"], Search("+B (T", null, new PageRequest(10, null)));
        Assert.Equal(["usr_4"], Search(") $1", null, new PageRequest(10, null)));
        Assert.Empty(Search("a.b", null, new PageRequest(10, null)));
        Assert.Empty(Search(".*", null, new PageRequest(10, null)));
    }

    [Fact]
    public void Joined_ById_CarriesTheAccountStatus()
    {
        _ledger.Touch("usr_2", At(1), AccountStatus.Frozen, Array.Empty<RecordChange>());

        var user = MongoDocuments.ToUser(Assert.Single(_db.Aggregate(MongoSchema.Users, MongoUserQueries.Joined(MongoQueries.ById("usr_2")))));

        Assert.Equal(new UserRecord("usr_2", "Kantin Bu Sri", "usr_2@example.com", "hash", AccountRole.Seller, AccountStatus.Frozen, Start), user);
    }

    [Fact]
    public void Search_Pipeline_MatchesThenCutsThenJoins()
    {
        MongoJson.Equal(
            """
            [ { "$match": { "$or": [ { "name": /sri/i }, { "email": /sri/i } ], "role": 0, "_id": { "$lt": "usr_9" } } },
              { "$sort": { "_id": -1 } }, { "$limit": 3 },
              { "$lookup": { "from": "accounts", "localField": "_id", "foreignField": "_id", "as": "account" } },
              { "$unwind": "$account" } ]
            """,
            MongoUserQueries.Search(new UserQuery("sri", AccountRole.Buyer, new PageRequest(2, "usr_9"))));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a.b*c", @"a\.b\*c")]
    [InlineData("(x) [y] {z} ^$|?+\\/#_-", @"\(x\) \[y\] \{z\} \^\$\|\?\+\\/#_-")]
    [InlineData("Säure 日本", "Säure 日本")]
    public void LiteralPattern_SpecialCharacters_AreEscaped(string text, string pattern) =>
        Assert.Equal(pattern, MongoUserQueries.LiteralPattern(text));

    private List<string> Search(string? text, AccountRole? role, PageRequest page) =>
        _db.Aggregate(MongoSchema.Users, MongoUserQueries.Search(new UserQuery(text, role, page)))
            .Select(doc => MongoDocuments.ToUser(doc).Id).ToList();
}

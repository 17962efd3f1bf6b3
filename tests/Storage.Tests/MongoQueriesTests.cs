using System.Globalization;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Mongo;
using MongoDB.Bson;
using Xunit;
using static Cashless.Storage.Tests.MongoMemoryLedger;

namespace Cashless.Storage.Tests;

/// <summary>
/// The adapter's finds and pipelines: as documents, and run (in memory, see <see cref="MongoMemory"/>) over documents
/// its own write plans stored, with the pages, orders and cursors the conformance suite asks of every store.
/// </summary>
public sealed class MongoQueriesTests
{
    private readonly MongoMemoryDatabase _db = new();
    private readonly MongoMemoryLedger _ledger;

    public MongoQueriesTests() => _ledger = new MongoMemoryLedger(_db);

    [Fact]
    public void EntriesPage_FiveEntriesAndAMarker_PagesNewestFirstWithSequenceCursorLeavingTheMarkerOut()
    {
        _ledger.Open("usr_1");
        for (var i = 1; i <= 5; i++)
        {
            _ledger.Post("usr_1", EntryKind.TopUp, 1_000, $"top_{i}", At(i));
        }

        _ledger.Touch("usr_1", At(6), AccountStatus.Frozen);

        MongoJson.Equal(
            """{ "account_id": "usr_1", "seq": { "$lt": NumberLong(3) }, "kind": { "$ne": 11 } }""", MongoQueries.EntriesPage("usr_1", 3, 2).Filter);
        Assert.Equal([5L, 4L, 3L], Sequences(MongoQueries.EntriesPage("usr_1", long.MaxValue, 2)));
        Assert.Equal([3L, 2L, 1L], Sequences(MongoQueries.EntriesPage("usr_1", 4, 2)));
        Assert.Equal([1L], Sequences(MongoQueries.EntriesPage("usr_1", 2, 2)));
        Assert.Equal("op", MongoQueries.EntryByOperation("usr_1", "op").Filter["operation_id"].AsString);
        Assert.Single(_db.Find(MongoSchema.Entries, MongoQueries.EntryByOperation("usr_1", "TopUp:top_3")));
    }

    [Fact]
    public void EntriesTotal_SomeAndNoEntries_SumsOrYieldsNothing()
    {
        _ledger.Open("usr_1");
        _ledger.Open("usr_2");
        _ledger.Post("usr_1", EntryKind.TopUp, 10_000, "top_1", At(1));
        _ledger.Post("usr_1", EntryKind.Withdrawal, 2_500, "wdr_1", At(2));

        var total = Assert.Single(_db.Aggregate(MongoSchema.Entries, MongoQueries.EntriesTotal("usr_1")));
        Assert.Equal(new BsonInt64(7_500), total["total"]);
        Assert.Empty(_db.Aggregate(MongoSchema.Entries, MongoQueries.EntriesTotal("usr_2")));
    }

    [Fact]
    public void InFlightPayments_ByPayerOrAll_OldestFirstBeforeTheCutoff()
    {
        _ledger.Apply(
            new PaymentCreated(Payment("pay_3", "usr_p", At(3))), new PaymentCreated(Payment("pay_1", "usr_p", At(1))),
            new PaymentCreated(Payment("pay_2", "usr_x", At(2))),
            new PaymentCreated(Payment("pay_0", "usr_p", At(0)) with { State = PaymentState.Completed }));

        Assert.Equal(["pay_1", "pay_3"], PaymentIds(MongoQueries.InFlightPayments("usr_p", DateTimeOffset.MaxValue, 10)));
        Assert.Equal(["pay_1", "pay_2"], PaymentIds(MongoQueries.InFlightPayments(null, At(3), 10)));
        Assert.Equal(["pay_1"], PaymentIds(MongoQueries.InFlightPayments(null, DateTimeOffset.MaxValue, 1)));
        MongoJson.Equal(
            $$"""{ "state": 0, "created_at": { "$lt": NumberLong({{long.MaxValue}}) } }""",
            MongoQueries.InFlightPayments(null, DateTimeOffset.MaxValue, 1).Filter);
    }

    [Fact]
    public void NewestFirst_ByAccountStatusAndCursor_PagesTopUpsById()
    {
        _ledger.Apply(
            new TopUpCreated(TopUp("top_1", "usr_1", TopUpStatus.Settled)), new TopUpCreated(TopUp("top_2", "usr_1", TopUpStatus.Settled)),
            new TopUpCreated(TopUp("top_3", "usr_1", TopUpStatus.AwaitingReview)), new TopUpCreated(TopUp("top_4", "usr_2", TopUpStatus.Settled)));

        Assert.Equal(["top_3", "top_2", "top_1"], TopUpIds(MongoQueries.NewestFirst("usr_1", null, new PageRequest(2, null))));
        Assert.Equal(["top_1"], TopUpIds(MongoQueries.NewestFirst("usr_1", null, new PageRequest(2, "top_2"))));
        Assert.Equal(["top_3"], TopUpIds(MongoQueries.NewestFirst(null, (int)TopUpStatus.AwaitingReview, new PageRequest(10, null))));
        Assert.Equal(["top_4", "top_3", "top_2", "top_1"], TopUpIds(MongoQueries.NewestFirst(null, null, new PageRequest(10, null))));
        MongoJson.Equal(
            """{ "account_id": "usr_1", "status": 1, "_id": { "$lt": "top_9" } }""",
            MongoQueries.NewestFirst("usr_1", 1, new PageRequest(5, "top_9")).Filter);
    }

    [Fact]
    public void PendingVirtualAccountTopUps_OnlyPendingOnThatChannelCreatedBefore()
    {
        _ledger.Apply(
            new TopUpCreated(TopUp("top_1", "usr_1", TopUpStatus.Pending)), new TopUpCreated(TopUp("top_2", "usr_1", TopUpStatus.Expired)),
            new TopUpCreated(TopUp("top_3", "usr_1", TopUpStatus.Pending) with { Channel = TopUpChannel.BankTransfer }),
            new TopUpCreated(TopUp("top_4", "usr_1", TopUpStatus.Pending) with { CreatedAt = At(30) }));

        Assert.Equal(["top_1"], TopUpIds(MongoQueries.PendingVirtualAccountTopUps(At(10), null, 10)));
    }

    [Fact]
    public void PendingVirtualAccountTopUps_AfterAnId_ContinuesInIdOrder()
    {
        _ledger.Apply(
            new TopUpCreated(TopUp("top_1", "usr_1", TopUpStatus.Pending)), new TopUpCreated(TopUp("top_2", "usr_1", TopUpStatus.Pending)),
            new TopUpCreated(TopUp("top_3", "usr_1", TopUpStatus.Pending)));

        Assert.Equal(["top_1", "top_2"], TopUpIds(MongoQueries.PendingVirtualAccountTopUps(At(10), null, 2)));
        Assert.Equal(["top_3"], TopUpIds(MongoQueries.PendingVirtualAccountTopUps(At(10), "top_2", 2)));
    }

    [Fact]
    public void TransferClaims_SameReferenceKey_OldestFirstWithTheirMark()
    {
        _ledger.Apply(
            new TopUpCreated(Transfer("top_2", "trf 0042") with { PossibleDuplicateOf = "top_1" }),
            new TopUpCreated(Transfer("top_1", "TRF0042")), new TopUpCreated(Transfer("top_3", "TRF-0042")),
            new TopUpCreated(TopUp("top_4", "usr_1", TopUpStatus.Pending)));

        var claims = _db.Find(MongoSchema.TopUps, MongoQueries.TransferClaims(TransferReference.Key("Trf 0042"))).Select(MongoTopUpDocuments.ToTopUp).ToList();

        Assert.Equal(["top_1", "top_2"], claims.Select(t => t.Id));
        Assert.Equal("top_1", claims[1].PossibleDuplicateOf);
    }

    [Fact]
    public void NotificationPage_UnreadOnly_MatchesNullAndAbsentReadTimes()
    {
        _ledger.Apply([.. Enumerable.Range(1, 4).Select(i => new NotificationCreated(Notice("usr_1", i))), new NotificationCreated(Notice("usr_2", 5))]);
        var third = _db[MongoSchema.Notifications].Single(n => n["_id"] == "ntf_usr_1_3");
        third.Remove("read_at");
        var second = _db[MongoSchema.Notifications].Single(n => n["_id"] == "ntf_usr_1_2");
        second["read_at"] = 99L;

        Assert.Equal(["ntf_usr_1_4", "ntf_usr_1_3", "ntf_usr_1_2"], NotificationIds(MongoQueries.NotificationPage("usr_1", false, new PageRequest(2, null))));
        Assert.Equal(["ntf_usr_1_4", "ntf_usr_1_3", "ntf_usr_1_1"], NotificationIds(MongoQueries.NotificationPage("usr_1", true, new PageRequest(2, null))));
        Assert.Equal(["ntf_usr_1_1"], NotificationIds(MongoQueries.NotificationPage("usr_1", true, new PageRequest(2, "ntf_usr_1_3"))));
    }

    [Fact]
    public void MarkRead_UnreadAndRead_SetsTheTimeOnlyWhenThereIsNone()
    {
        var unread = new BsonDocument { { "_id", "ntf_1" }, { "read_at", BsonNull.Value } };
        var read = new BsonDocument { { "_id", "ntf_2" }, { "read_at", 60L } };
        var at = DateTimeOffset.FromUnixTimeMilliseconds(90);

        var marked = MongoMemory.Aggregate([unread, read], MongoQueries.MarkRead(at));

        Assert.Equal([new BsonInt64(90), new BsonInt64(60)], marked.Select(n => n["read_at"]));
        MongoJson.Equal("""[{ "$set": { "read_at": { "$ifNull": ["$read_at", NumberLong(90)] } } }]""", MongoQueries.MarkRead(at));
    }

    [Fact]
    public void LiveRevokedTokens_ExpiredOnesAndOtherUsers_AreLeftOut()
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1_000);
        BsonDocument[] tokens =
        [
            new() { { "_id", "jti-old" }, { "user_id", "usr_1" }, { "expires_at", 1_000L } },
            new() { { "_id", "jti-live" }, { "user_id", "usr_1" }, { "expires_at", 1_001L } },
            new() { { "_id", "jti-other" }, { "user_id", "usr_2" }, { "expires_at", 9_000L } },
        ];

        var find = MongoQueries.LiveRevokedTokens("usr_1", now);

        Assert.Equal(["jti-live"], MongoMemory.Find(tokens, find.Filter).Select(t => t["_id"].AsString));
    }

    private List<long> Sequences(MongoFind find) => _db.Find(MongoSchema.Entries, find).Select(e => MongoDocuments.ToEntry(e).Sequence).ToList();

    private List<string> PaymentIds(MongoFind find) => _db.Find(MongoSchema.Payments, find).Select(p => MongoDocuments.ToPayment(p).Id).ToList();

    private List<string> TopUpIds(MongoFind find) => _db.Find(MongoSchema.TopUps, find).Select(t => MongoTopUpDocuments.ToTopUp(t).Id).ToList();

    private List<string> NotificationIds(MongoFind find) =>
        _db.Find(MongoSchema.Notifications, find).Select(n => MongoDocuments.ToNotification(n).Id).ToList();

    private static PaymentView Payment(string id, string payer, DateTimeOffset at) =>
        new(id, payer, "usr_q", new Money(1_000), null, PaymentState.InFlight, at);

    private static TopUpRecord Transfer(string id, string reference) =>
        TopUp(id, "usr_1", TopUpStatus.AwaitingReview) with
        {
            Channel = TopUpChannel.BankTransfer,
            VirtualAccount = null,
            BankTransfer = new BankTransferDetails("bca", "Siti", reference),
        };

    private static TopUpRecord TopUp(string id, string accountId, TopUpStatus status) =>
        new(id, accountId, TopUpChannel.VirtualAccount, status, new Money(1_000), At(1), At(1), null, accountId);

    private static NotificationRecord Notice(string userId, int n) =>
        new($"ntf_{userId}_{n.ToString(CultureInfo.InvariantCulture)}", userId, NotificationKind.PaymentReceived, "Paid", new Money(n), null, At(n));
}

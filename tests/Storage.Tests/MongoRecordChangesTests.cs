using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Silo.Storage.Mongo;
using MongoDB.Bson;
using Xunit;
using static Cashless.Storage.Tests.MongoMemoryLedger;

namespace Cashless.Storage.Tests;

/// <summary>The moves of records: their preconditions as filters, their changes as updates, applied to stored documents.</summary>
public sealed class MongoRecordChangesTests
{
    [Fact]
    public void TopUpMoved_OnlyStatus_SetsStatusAndTimeAndAddsNothingRecovered()
    {
        var write = Assert.IsType<MongoGuardedUpdate>(MongoRecordChanges.Write(
            new TopUpMoved("top_1", [TopUpStatus.Pending, TopUpStatus.AwaitingReview], TopUpStatus.Expired, Start)));

        Assert.Equal(MongoSchema.TopUps, write.Collection);
        MongoJson.Equal("""{ "_id": "top_1", "status": { "$in": [0, 1] } }""", write.Filter);
        MongoJson.Equal(
            $$"""{ "$set": { "status": 3, "updated_at": NumberLong({{StartMs}}) }, "$inc": { "recovered": NumberLong(0) } }""",
            write.Update);
    }

    [Fact]
    public void TopUpMoved_WithGatewayDetails_OverwritesOnlyWhatIsGiven()
    {
        var created = new TopUpRecord("top_va", "usr_1", TopUpChannel.VirtualAccount, TopUpStatus.Pending, new Money(20_000), Start, Start, null, "usr_1")
        {
            VirtualAccount = new VirtualAccountDetails("bni", null, null, null, null, null),
            Reason = "first",
        };
        var issued = new VirtualAccountDetails("ignored-bank", "9881234", null, null, Start.AddDays(1), "tx-9");
        var moved = new TopUpMoved("top_va", [TopUpStatus.Pending], TopUpStatus.Pending, Start.AddMinutes(1)) { VirtualAccount = issued };

        var stored = Apply(MongoTopUpDocuments.TopUp(created), MongoRecordChanges.Write(moved));

        var expected = created with
        {
            UpdatedAt = Start.AddMinutes(1),
            VirtualAccount = new VirtualAccountDetails("bni", "9881234", null, null, Start.AddDays(1), "tx-9"),
        };
        Assert.Equal(expected, MongoTopUpDocuments.ToTopUp(stored!));
    }

    [Fact]
    public void TopUpMoved_Reversal_AddsRecoveredAndKeepsInt64()
    {
        var settled = new TopUpRecord("top_1", "usr_1", TopUpChannel.Admin, TopUpStatus.Settled, new Money(10_000), Start, Start, null, "usr_admin");
        var reversed = new TopUpMoved("top_1", [TopUpStatus.Settled], TopUpStatus.Reversed, Start) { Recovered = new Money(3_000), Reason = "bank" };

        var stored = Apply(MongoTopUpDocuments.TopUp(settled), MongoRecordChanges.Write(reversed))!;

        Assert.Equal(BsonType.Int64, stored["recovered"].BsonType);
        Assert.Equal(settled with { Status = TopUpStatus.Reversed, Recovered = new Money(3_000), Reason = "bank" }, MongoTopUpDocuments.ToTopUp(stored));
    }

    [Fact]
    public void TopUpMoved_FromAnotherStatus_FindsNothing()
    {
        var expired = new TopUpRecord("top_1", "usr_1", TopUpChannel.VirtualAccount, TopUpStatus.Expired, new Money(1_000), Start, Start, null, null);

        Assert.Null(Apply(MongoTopUpDocuments.TopUp(expired), MongoRecordChanges.Write(new TopUpMoved("top_1", [TopUpStatus.Pending], TopUpStatus.Cancelled, Start))));
        Assert.Null(Apply(MongoTopUpDocuments.TopUp(expired), MongoRecordChanges.Write(new TopUpMoved("top_1", [], TopUpStatus.Cancelled, Start))));
        Assert.Null(Apply(MongoTopUpDocuments.TopUp(expired), MongoRecordChanges.Write(new TopUpMoved("top_2", [TopUpStatus.Expired], TopUpStatus.Cancelled, Start))));
    }

    [Fact]
    public void WithdrawalMoved_Pending_SetsReviewAndClearsReasonWhenNoneGiven()
    {
        var pending = new WithdrawalRecord("wdr_1", "usr_1", WithdrawalStatus.Pending, new Money(4_000), "bca", "1234567890", "Siti", Start, Start)
        {
            Reason = "old",
        };
        var completed = new WithdrawalMoved("wdr_1", WithdrawalStatus.Pending, WithdrawalStatus.Completed, Start.AddMinutes(2), "usr_admin", null);

        var write = MongoRecordChanges.Write(completed);
        var stored = Apply(MongoDocuments.Withdrawal(pending), write)!;

        MongoJson.Equal("""{ "_id": "wdr_1", "status": 0 }""", ((MongoGuardedUpdate)write).Filter);
        Assert.Equal(
            pending with { Status = WithdrawalStatus.Completed, UpdatedAt = Start.AddMinutes(2), ReviewedBy = "usr_admin", Reason = null },
            MongoDocuments.ToWithdrawal(stored));
        Assert.Null(Apply(stored, write));
    }

    [Fact]
    public void Created_Records_AreInsertsIntoTheirCollections()
    {
        var notification = new Cashless.Grains.Interfaces.Notifications.NotificationRecord(
            "ntf_1", "usr_1", Cashless.Grains.Interfaces.Notifications.NotificationKind.TopUpSettled, "Settled", new Money(1), "top_1", Start);
        var withdrawal = new WithdrawalRecord("wdr_1", "usr_1", WithdrawalStatus.Pending, new Money(1), "bca", "1", "Siti", Start, Start);
        RecordChange[] changes = [new NotificationCreated(notification), new WithdrawalCreated(withdrawal)];

        var writes = MongoRecordChanges.Writes(changes).Cast<MongoInsert>().ToList();

        Assert.Equal([MongoSchema.Notifications, MongoSchema.Withdrawals], writes.Select(w => w.Collection));
        Assert.Equal(["ntf_1", "wdr_1"], writes.Select(w => w.Document["_id"].AsString));
    }

    [Fact]
    public void Write_UnknownChange_IsRefusedLoudly() =>
        Assert.Throws<NotSupportedException>(() => MongoRecordChanges.Write(new UnknownChange()));

    /// <summary>The document after the guarded update, or null when its filter does not find the document.</summary>
    private static BsonDocument? Apply(BsonDocument stored, MongoWrite write)
    {
        var update = Assert.IsType<MongoGuardedUpdate>(write);
        return MongoMemory.Matches(stored, update.Filter) ? MongoMemory.Update(stored, update.Update) : null;
    }

    private sealed record UnknownChange : RecordChange;
}

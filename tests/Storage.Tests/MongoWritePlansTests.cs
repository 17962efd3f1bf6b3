using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Mongo;
using MongoDB.Bson;
using Xunit;
using static Cashless.Storage.Tests.MongoMemoryLedger;

namespace Cashless.Storage.Tests;

/// <summary>
/// The writes of a commit and of a new user, as documents and as they behave when run under the schema's unique indexes
/// and validators (in memory: see <see cref="MongoMemoryDatabase"/>): all of a plan, or nothing of it.
/// </summary>
public sealed class MongoWritePlansTests
{
    private readonly MongoMemoryDatabase _db = new();

    [Fact]
    public void Commit_TopUp_IsSequenceCheckedMoveThenEntryThenRecord()
    {
        var plan = MongoWritePlans.Commit(TopUpCommit("usr_1", seq: 9, amount: 1_000, balance: 6_000));

        Assert.Equal([MongoSchema.Accounts, MongoSchema.Entries, MongoSchema.TopUps], plan.Select(w => w.Collection));
        var move = Assert.IsType<MongoGuardedUpdate>(plan[0]);
        MongoJson.Equal("""{ "_id": "usr_1", "next_seq": NumberLong(9) }""", move.Filter);
        MongoJson.Equal(
            $$"""
            { "$set": { "balance": NumberLong(6000), "status": 0, "next_seq": NumberLong(10),
                        "updated_at": NumberLong({{StartMs}}) } }
            """,
            move.Update);
        MongoJson.Equal(
            $$"""
            { "account_id": "usr_1", "seq": NumberLong(9), "operation_id": "top_usr_1_9", "kind": 0, "amount": NumberLong(1000),
              "balance_after": NumberLong(6000), "counterparty": null, "reference": "top_usr_1_9", "description": "desk",
              "created_at": NumberLong({{StartMs}}) }
            """,
            Assert.IsType<MongoInsert>(plan[1]).Document);
        Assert.Equal("top_usr_1_9", Assert.IsType<MongoInsert>(plan[2]).Document["_id"].AsString);
    }

    [Fact]
    public void Commit_AtNextSequence_MovesTheSnapshotTheReaderSees()
    {
        CreateUser("usr_1", "one@example.com");

        Assert.True(_db.Run(MongoWritePlans.Commit(TopUpCommit("usr_1", seq: 1, amount: 50_000, balance: 50_000))));

        var account = MongoDocuments.ToAccount(Assert.Single(_db[MongoSchema.Accounts]), new Money(50_000));
        Assert.Equal(new AccountSnapshot("usr_1", AccountRole.Buyer, AccountStatus.Active, new Money(50_000), 2, new Money(50_000), Start), account);
        Assert.Equal(TopUpStatus.Settled, MongoTopUpDocuments.ToTopUp(Assert.Single(_db[MongoSchema.TopUps])).Status);
    }

    [Fact]
    public void Commit_SequenceTaken_IsRefusedAndWritesNothing()
    {
        CreateUser("usr_1", "one@example.com");
        Assert.True(_db.Run(MongoWritePlans.Commit(TopUpCommit("usr_1", seq: 1, amount: 10_000, balance: 10_000))));

        // Decided before the first commit (a stale activation): the snapshot's filter refuses it before the entries' key would.
        var stale = TopUpCommit("usr_1", seq: 1, amount: 20_000, balance: 20_000, operationId: "op-stale") with { Changes = [] };
        Assert.False(_db.Run(MongoWritePlans.Commit(stale)));

        Assert.Equal(10_000, Assert.Single(_db[MongoSchema.Accounts])["balance"].AsInt64);
        Assert.Single(_db[MongoSchema.Entries]);
        Assert.Single(_db[MongoSchema.TopUps]);
    }

    [Fact]
    public void Commit_RepeatedOperationIdOrSequence_IsRefusedByTheUniqueIndexes()
    {
        CreateUser("usr_1", "one@example.com");
        Assert.True(_db.Run(MongoWritePlans.Commit(TopUpCommit("usr_1", seq: 1, amount: 10_000, balance: 10_000, operationId: "op-1"))));

        var repeatedOperation = TopUpCommit("usr_1", seq: 2, amount: 10_000, balance: 20_000, operationId: "op-1");
        var repeatedSequence = TopUpCommit("usr_1", seq: 1, amount: 10_000, balance: 20_000, operationId: "op-2");

        Assert.False(_db.Run(MongoWritePlans.Commit(repeatedOperation)));
        Assert.False(_db.Run(MongoWritePlans.Commit(repeatedSequence)));
        Assert.Equal(2, Assert.Single(_db[MongoSchema.Accounts])["next_seq"].AsInt64);
    }

    [Fact]
    public void Commit_SameOperationIdOnAnotherAccount_IsAllowed()
    {
        CreateUser("usr_1", "one@example.com");
        CreateUser("usr_2", "two@example.com");

        Assert.True(_db.Run(MongoWritePlans.Commit(TopUpCommit("usr_1", seq: 1, amount: 1_000, balance: 1_000, operationId: "op-1"))));
        Assert.True(_db.Run(MongoWritePlans.Commit(TopUpCommit("usr_2", seq: 1, amount: 1_000, balance: 1_000, operationId: "op-1"))));
    }

    [Fact]
    public void Commit_NegativeBalance_IsRefusedByTheValidator()
    {
        CreateUser("usr_1", "one@example.com");

        Assert.False(_db.Run(MongoWritePlans.Commit(TopUpCommit("usr_1", seq: 1, amount: -1, balance: -1))));
        Assert.Empty(_db[MongoSchema.Entries]);
    }

    [Theory]
    [InlineData(PaymentState.InFlight, true)]
    [InlineData(PaymentState.Completed, false)]
    [InlineData(PaymentState.Reversed, false)]
    public void Commit_PaymentCredit_CompletesOnlyAnInFlightPaymentElseIsRefusedWhole(PaymentState state, bool kept)
    {
        CreateUser("usr_q", "q@example.com");
        var payment = new PaymentView("pay_1", "usr_p", "usr_q", new Money(5_000), "lunch", state, Start);
        Assert.True(_db.Run([.. MongoRecordChanges.Writes([new PaymentCreated(payment)])]));

        Assert.Equal(kept, _db.Run(MongoWritePlans.Commit(PaymentCredit("usr_q", "pay_1", 5_000))));

        Assert.Equal(kept ? PaymentState.Completed : state, MongoDocuments.ToPayment(Assert.Single(_db[MongoSchema.Payments])).State);
        Assert.Equal(kept ? 2 : 1, Assert.Single(_db[MongoSchema.Accounts])["next_seq"].AsInt64);
        Assert.Equal(kept ? 1 : 0, _db[MongoSchema.Entries].Count);
    }

    [Fact]
    public void NewUser_EmailTakenInOtherCase_IsRefusedWithoutAnAccount()
    {
        Assert.True(_db.Run(MongoWritePlans.NewUser(User("usr_1", "Siti@Example.com"))));

        Assert.False(_db.Run(MongoWritePlans.NewUser(User("usr_2", "siti@example.COM"))));
        Assert.False(_db.Run(MongoWritePlans.NewUser(User("usr_1", "other@example.com"))));

        Assert.Equal(["usr_1"], _db[MongoSchema.Accounts].Select(a => a["_id"].AsString));
        Assert.Equal("siti@example.com", Assert.Single(_db[MongoSchema.Users])["email"].AsString);
    }

    private void CreateUser(string id, string email) => Assert.True(_db.Run(MongoWritePlans.NewUser(User(id, email))));

    private static UserRecord User(string id, string email) => new(id, "Test User", email, "hash", AccountRole.Buyer, AccountStatus.Active, Start);

    private static AccountCommit TopUpCommit(string account, long seq, long amount, long balance, string? operationId = null)
    {
        var topUpId = $"top_{account}_{seq}";
        var entry = new JournalEntry(account, seq, operationId ?? topUpId, EntryKind.TopUp, new Money(amount), new Money(balance), null, topUpId, "desk", Start);
        var topUp = new TopUpRecord(topUpId, account, TopUpChannel.Admin, TopUpStatus.Settled, new Money(Math.Max(amount, 1)), Start, Start, null, "usr_admin");
        return new AccountCommit(account, AccountStatus.Active, false, Start, [entry], [new TopUpCreated(topUp)]);
    }

    private static AccountCommit PaymentCredit(string payee, string paymentId, long amount)
    {
        var credit = new JournalEntry(payee, 1, paymentId, EntryKind.PaymentIn, new Money(amount), new Money(amount), "usr_p", paymentId, "lunch", Start);
        return new AccountCommit(payee, AccountStatus.Active, false, Start, [credit],
            [new PaymentMoved(paymentId, PaymentState.InFlight, PaymentState.Completed, Start)]);
    }
}

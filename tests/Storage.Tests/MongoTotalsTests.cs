using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Mongo;
using MongoDB.Bson;
using Xunit;
using static Cashless.Storage.Tests.MongoMemoryLedger;

namespace Cashless.Storage.Tests;

/// <summary>
/// The overview, the conservation sums and the boundary flows of a hand-built community whose numbers are worked out
/// below, computed by the adapter's pipelines over the documents its write plans stored (in memory, see <see cref="MongoMemory"/>).
/// </summary>
public sealed class MongoTotalsTests
{
    private readonly MongoMemoryDatabase _db = new();

    [Fact]
    public void Community_HandBuiltCommunity_ExactNumbersAndBalanced()
    {
        Seed();
        var expected = new CommunityTotals(
            Buyers: 2, Sellers: 1, Admins: 1, Frozen: 1,
            SettledVirtualAccount: 100_000 + (40_000 - 20_000), SettledBankTransfer: 30_000, SettledAdmin: 20_000,
            WithdrawalsPending: 10_000, WithdrawalsCompleted: 4_000, PaymentsCount: 1, PaymentsVolume: 12_000,
            BankTransferReviewsPending: 1, WithdrawalsPendingCount: 1,
            Conservation: new ConservationTotals(Balances: 88_000 + 0 + 18_000, InFlight: 50_000, SettledTopUps: 170_000, Withdrawals: 14_000));

        var totals = Community();

        Assert.Equal(expected, totals);
        Assert.True(totals.Conservation.Balanced);
    }

    [Fact]
    public void Community_EmptyStore_AllZero()
    {
        var zero = new CommunityTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new ConservationTotals(0, 0, 0, 0));

        Assert.Equal(zero, Community());
        Assert.Equal(zero.Conservation, MongoTotals.Conservation(null, null, null, null));
    }

    [Fact]
    public void CommunityFlows_WholeAndCutWindow_BoundaryEntriesWithChannelsAndSigns()
    {
        Seed();
        CommunityFlow[] all =
        [
            new(At(1), EntryKind.TopUp, TopUpChannel.VirtualAccount, 100_000),
            new(At(2), EntryKind.TopUp, TopUpChannel.VirtualAccount, 40_000),
            new(At(4), EntryKind.TopUp, TopUpChannel.BankTransfer, 30_000),
            new(At(5), EntryKind.TopUp, TopUpChannel.Admin, 20_000),
            new(At(9), EntryKind.Withdrawal, null, -10_000),
            new(At(10), EntryKind.Withdrawal, null, -4_000),
            new(At(12), EntryKind.Withdrawal, null, -1_000),
            new(At(13), EntryKind.WithdrawalReversal, null, 1_000),
            new(At(14), EntryKind.TopUpReversal, TopUpChannel.VirtualAccount, -20_000),
        ];

        var whole = Flows(At(0), At(60));

        Assert.Equal(all, whole);
        Assert.Equal(all[1..^1], Flows(At(2), At(14)));
        Assert.Empty(Flows(At(6), At(9)));
        Assert.Equal(Community().Conservation.Expected, whole.Sum(f => f.Amount));
    }

    [Fact]
    public void Withdrawals_Pipeline_SumsMoneyAsInt64()
    {
        MongoJson.Equal(
            """
            [ { "$group": { "_id": null,
                "held": { "$sum": { "$cond": [ { "$in": ["$status", [0, 1]] }, "$amount", NumberLong(0) ] } },
                "pending": { "$sum": { "$cond": [ { "$eq": ["$status", 0] }, "$amount", NumberLong(0) ] } },
                "completed": { "$sum": { "$cond": [ { "$eq": ["$status", 1] }, "$amount", NumberLong(0) ] } },
                "pending_count": { "$sum": { "$cond": [ { "$eq": ["$status", 0] }, 1, 0 ] } } } } ]
            """,
            MongoTotals.Withdrawals);
    }

    private CommunityTotals Community() => MongoTotals.Community(
        One(MongoSchema.Users, MongoTotals.Users), One(MongoSchema.Accounts, MongoTotals.Accounts), One(MongoSchema.Payments, MongoTotals.Payments),
        One(MongoSchema.TopUps, MongoTotals.TopUps), One(MongoSchema.Withdrawals, MongoTotals.Withdrawals));

    private BsonDocument? One(string collection, BsonDocument[] pipeline) => _db.Aggregate(collection, pipeline).SingleOrDefault();

    private List<CommunityFlow> Flows(DateTimeOffset start, DateTimeOffset until) =>
        _db.Aggregate(MongoSchema.Entries, MongoReportQueries.CommunityFlows(start, until)).Select(MongoReportQueries.ToCommunityFlow).ToList();

    /// <summary>
    /// Balances: b1 100,000 − 12,000 − 3,000 + 3,000 − 1,000 + 1,000 = 88,000; b2 40,000 + 30,000 − 50,000 − 20,000 = 0
    /// (frozen); s1 20,000 + 12,000 − 10,000 − 4,000 = 18,000. In flight: pay_07. Settled: 100,000 + 30,000 + 20,000 and
    /// 40,000 − 20,000 of the reversed top_02. Withdrawals held or paid: 10,000 + 4,000.
    /// </summary>
    private void Seed()
    {
        var ledger = new MongoMemoryLedger(_db);
        ledger.Open("usr_b1");
        ledger.Open("usr_b2");
        ledger.Open("usr_s1", AccountRole.Seller);
        ledger.Open("usr_a1", AccountRole.Admin);

        ledger.Post("usr_b1", EntryKind.TopUp, 100_000, "top_01", At(1), null, new TopUpCreated(TopUp("top_01", "usr_b1", TopUpChannel.VirtualAccount, TopUpStatus.Settled, 100_000, 1)));
        ledger.Post("usr_b2", EntryKind.TopUp, 40_000, "top_02", At(2), null, new TopUpCreated(TopUp("top_02", "usr_b2", TopUpChannel.VirtualAccount, TopUpStatus.Settled, 40_000, 2)));
        ledger.Apply(new TopUpCreated(TopUp("top_03", "usr_b2", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, 30_000, 3)));
        ledger.Post("usr_b2", EntryKind.TopUp, 30_000, "top_03", At(4), null,
            new TopUpMoved("top_03", [TopUpStatus.AwaitingReview], TopUpStatus.Settled, At(4)) { ReviewedBy = "usr_a1" });
        ledger.Post("usr_s1", EntryKind.TopUp, 20_000, "top_05", At(5), null, new TopUpCreated(TopUp("top_05", "usr_s1", TopUpChannel.Admin, TopUpStatus.Settled, 20_000, 5)));

        Pay(ledger, "pay_06", "usr_b1", "usr_s1", 12_000, 6, PaymentState.Completed);
        Pay(ledger, "pay_07", "usr_b2", "usr_s1", 50_000, 7, PaymentState.InFlight);
        Pay(ledger, "pay_08", "usr_b1", "usr_s1", 3_000, 8, PaymentState.Reversed);

        Withdraw(ledger, "wdr_09", "usr_s1", 10_000, 9);
        Withdraw(ledger, "wdr_10", "usr_s1", 4_000, 10);
        ledger.Touch("usr_s1", At(11), null, new WithdrawalMoved("wdr_10", WithdrawalStatus.Pending, WithdrawalStatus.Completed, At(11), "usr_a1", null));
        Withdraw(ledger, "wdr_12", "usr_b1", 1_000, 12);
        ledger.Post("usr_b1", EntryKind.WithdrawalReversal, 1_000, "wdr_12", At(13), null,
            new WithdrawalMoved("wdr_12", WithdrawalStatus.Pending, WithdrawalStatus.Rejected, At(13), "usr_a1", "wrong name"));

        ledger.Post("usr_b2", EntryKind.TopUpReversal, 20_000, "top_02", At(14), AccountStatus.Frozen,
            new TopUpMoved("top_02", [TopUpStatus.Settled], TopUpStatus.Reversed, At(14)) { Recovered = new Money(20_000) });

        ledger.Apply(
            new TopUpCreated(TopUp("top_15", "usr_b1", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, 7_000, 15)),
            new TopUpCreated(TopUp("top_16", "usr_b1", TopUpChannel.VirtualAccount, TopUpStatus.Pending, 9_000, 16)),
            new TopUpCreated(TopUp("top_17", "usr_b2", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, 5_000, 17)));
        ledger.Apply(new TopUpMoved("top_17", [TopUpStatus.AwaitingReview], TopUpStatus.Rejected, At(18)) { ReviewedBy = "usr_a1" });
    }

    private static void Pay(MongoMemoryLedger ledger, string id, string payer, string payee, long amount, int minute, PaymentState ending)
    {
        var payment = new PaymentView(id, payer, payee, new Money(amount), "lunch", PaymentState.InFlight, At(minute));
        ledger.Post(payer, EntryKind.PaymentOut, amount, id, At(minute), null, new PaymentCreated(payment));
        var moved = new PaymentMoved(id, PaymentState.InFlight, ending, At(minute));
        if (ending == PaymentState.Completed)
        {
            ledger.Post(payee, EntryKind.PaymentIn, amount, id, At(minute), null, moved);
        }
        else if (ending == PaymentState.Reversed)
        {
            ledger.Post(payer, EntryKind.PaymentReversal, amount, id, At(minute), null, moved);
        }
    }

    private static void Withdraw(MongoMemoryLedger ledger, string id, string accountId, long amount, int minute) =>
        ledger.Post(accountId, EntryKind.Withdrawal, amount, id, At(minute), null,
            new WithdrawalCreated(new WithdrawalRecord(id, accountId, WithdrawalStatus.Pending, new Money(amount), "bca", "1234567890", "Holder", At(minute), At(minute))));

    private static TopUpRecord TopUp(string id, string accountId, TopUpChannel channel, TopUpStatus status, long amount, int minute) =>
        new(id, accountId, channel, status, new Money(amount), At(minute), At(minute), null, accountId);
}

using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>
/// The overview and the conservation sums: one <c>$group</c> pass over each collection (the counterpart of
/// <see cref="StoreQueries.CommunityTotals"/>), read together in one snapshot so the numbers agree with each other.
/// An empty collection yields no document, read as zeros. Sums of money are Int64 throughout (<c>0L</c> where nothing
/// counts), so the server never widens them to a double.
/// </summary>
internal static class MongoTotals
{
    /// <summary>What a top-up put into the community: all of a settled one, what could not be taken back of a reversed one.</summary>
    private static readonly BsonDocument SettledPart = new("$switch", new BsonDocument
    {
        {
            "branches", new BsonArray
            {
                new BsonDocument { { "case", Is("$status", (int)TopUpStatus.Settled) }, { "then", "$amount" } },
                new BsonDocument
                {
                    { "case", Is("$status", (int)TopUpStatus.Reversed) },
                    { "then", new BsonDocument("$subtract", new BsonArray { "$amount", "$recovered" }) },
                },
            }
        },
        { "default", 0L },
    });

    public static BsonDocument[] Users =>
        Group(("buyers", CountWhere(Is("$role", (int)AccountRole.Buyer))), ("sellers", CountWhere(Is("$role", (int)AccountRole.Seller))),
            ("admins", CountWhere(Is("$role", (int)AccountRole.Admin))));

    public static BsonDocument[] Accounts =>
        Group(("balances", new BsonDocument("$sum", "$balance")), ("frozen", CountWhere(Is("$status", (int)AccountStatus.Frozen))));

    public static BsonDocument[] Payments =>
        Group(("in_flight", SumWhere(Is("$state", (int)PaymentState.InFlight), "$amount")),
            ("completed", CountWhere(Is("$state", (int)PaymentState.Completed))),
            ("volume", SumWhere(Is("$state", (int)PaymentState.Completed), "$amount")));

    public static BsonDocument[] TopUps =>
        Group(("settled", new BsonDocument("$sum", SettledPart)),
            ("settled_virtual_account", SumWhere(Is("$channel", (int)TopUpChannel.VirtualAccount), SettledPart)),
            ("settled_bank_transfer", SumWhere(Is("$channel", (int)TopUpChannel.BankTransfer), SettledPart)),
            ("settled_admin", SumWhere(Is("$channel", (int)TopUpChannel.Admin), SettledPart)),
            ("reviews", CountWhere(new BsonDocument("$and", new BsonArray
            {
                Is("$channel", (int)TopUpChannel.BankTransfer), Is("$status", (int)TopUpStatus.AwaitingReview),
            }))));

    public static BsonDocument[] Withdrawals =>
        Group(("held", SumWhere(new BsonDocument("$in", new BsonArray
            {
                "$status", new BsonArray { (int)WithdrawalStatus.Pending, (int)WithdrawalStatus.Completed },
            }), "$amount")),
            ("pending", SumWhere(Is("$status", (int)WithdrawalStatus.Pending), "$amount")),
            ("completed", SumWhere(Is("$status", (int)WithdrawalStatus.Completed), "$amount")),
            ("pending_count", CountWhere(Is("$status", (int)WithdrawalStatus.Pending))));

    /// <summary>From the results of <see cref="Accounts"/>, <see cref="Payments"/>, <see cref="TopUps"/>, <see cref="Withdrawals"/>.</summary>
    public static ConservationTotals Conservation(BsonDocument? accounts, BsonDocument? payments, BsonDocument? topUps, BsonDocument? withdrawals) =>
        new(Sum(accounts, "balances"), Sum(payments, "in_flight"), Sum(topUps, "settled"), Sum(withdrawals, "held"));

    /// <summary>From the results of the five pipelines, in the order they are declared here.</summary>
    public static CommunityTotals Community(
        BsonDocument? users, BsonDocument? accounts, BsonDocument? payments, BsonDocument? topUps, BsonDocument? withdrawals) => new(
        Count(users, "buyers"), Count(users, "sellers"), Count(users, "admins"), Count(accounts, "frozen"),
        Sum(topUps, "settled_virtual_account"), Sum(topUps, "settled_bank_transfer"), Sum(topUps, "settled_admin"),
        Sum(withdrawals, "pending"), Sum(withdrawals, "completed"), Sum(payments, "completed"), Sum(payments, "volume"),
        Count(topUps, "reviews"), Count(withdrawals, "pending_count"),
        Conservation(accounts, payments, topUps, withdrawals));

    private static BsonDocument[] Group(params (string Name, BsonDocument Accumulator)[] fields)
    {
        var group = new BsonDocument("_id", BsonNull.Value);
        foreach (var (name, accumulator) in fields)
        {
            group.Add(name, accumulator);
        }

        return [new BsonDocument("$group", group)];
    }

    private static BsonDocument Is(string field, int value) => new("$eq", new BsonArray { field, value });

    private static BsonDocument SumWhere(BsonDocument condition, BsonValue amount) =>
        new("$sum", new BsonDocument("$cond", new BsonArray { condition, amount, 0L }));

    private static BsonDocument CountWhere(BsonDocument condition) =>
        new("$sum", new BsonDocument("$cond", new BsonArray { condition, 1, 0 }));

    private static long Sum(BsonDocument? result, string field) => result is null ? 0 : Int64(result[field]);

    private static int Count(BsonDocument? result, string field) => checked((int)Sum(result, field));
}

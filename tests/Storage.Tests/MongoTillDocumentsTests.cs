using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Mongo;
using MongoDB.Bson;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>The till's documents and reads on MongoDB, checked without a server (see <see cref="MongoMemory"/>).</summary>
public sealed class MongoTillDocumentsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public void PaymentRequest_RoundTrip_KeepsPayerAndPaymentOrTheirAbsence()
    {
        var open = new PaymentRequestRecord("pr_1", "usr_s", new Money(12_000), null, PaymentRequestStatus.Open, "usr_c", Now, Now.AddMinutes(5), Now);
        var paid = open with { Description = "Nasi goreng", Status = PaymentRequestStatus.Paid, PayerId = "usr_b", PaymentId = "pay_1" };

        Assert.Equal(open, MongoTillDocuments.ToPaymentRequest(MongoTillDocuments.PaymentRequest(open)));
        Assert.Equal(paid, MongoTillDocuments.ToPaymentRequest(MongoTillDocuments.PaymentRequest(paid)));
    }

    [Fact]
    public void Cashiers_JoinedWithTheirUsers_ReadBackOldestFirstWithDisabledFlag()
    {
        var rina = new UserRecord("usr_c1", "Rina", "rina@example.com", "hash", AccountRole.Cashier, AccountStatus.Active, Now);
        var budi = rina with { Id = "usr_c2", Name = "Budi", Email = "budi@example.com", CreatedAt = Now.AddMinutes(1) };
        var cashiers = new List<BsonDocument> { MongoTillDocuments.Cashier(budi, "usr_s"), MongoTillDocuments.Cashier(rina, "usr_s") };
        cashiers[1]["disabled_at"] = MongoDocuments.UnixMs(Now);
        var collections = new Dictionary<string, List<BsonDocument>> { [MongoSchema.Users] = [MongoDocuments.User(rina), MongoDocuments.User(budi)] };

        var read = MongoMemory.Aggregate(cashiers, MongoTillDocuments.Cashiers(new BsonDocument("seller_id", "usr_s")), collections)
            .ConvertAll(MongoTillDocuments.ToCashier);

        Assert.Equal([new CashierRecord("usr_c1", "usr_s", "Rina", "rina@example.com", true, Now),
            new CashierRecord("usr_c2", "usr_s", "Budi", "budi@example.com", false, Now.AddMinutes(1))], read);
    }

    [Fact]
    public void Refunded_SumsTheRefundsOfOnePayment_LeavingOutReversedOnes()
    {
        var refunds = new List<BsonDocument>
        {
            Refund("pay_r1", "pay_1", 1_000), Refund("pay_r2", "pay_1", 2_500), Refund("pay_r3", "pay_other", 700),
        };
        var payments = new List<BsonDocument>
        {
            MongoDocuments.Payment(Payment("pay_r1", 1_000, PaymentState.Completed)),
            MongoDocuments.Payment(Payment("pay_r2", 2_500, PaymentState.Reversed)),
            MongoDocuments.Payment(Payment("pay_r3", 700, PaymentState.InFlight)),
        };

        var total = MongoMemory.Aggregate(refunds, MongoTillDocuments.Refunded("pay_1"), new Dictionary<string, List<BsonDocument>>
        {
            [MongoSchema.Payments] = payments,
        });

        Assert.Equal(1_000, MongoDocuments.Rupiah(Assert.Single(total), "total").Rupiah);
    }

    private static BsonDocument Refund(string id, string paymentId, long amount) =>
        MongoTillDocuments.Refund(new RefundCreated(id, paymentId, "usr_s", new Money(amount), null, "usr_c", Now));

    private static PaymentView Payment(string id, long amount, PaymentState state) =>
        new(id, "usr_s", "usr_b", new Money(amount), "Refund", state, Now);
}

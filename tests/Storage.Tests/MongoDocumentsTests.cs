using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Idempotency;
using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using Cashless.Silo.Storage.Mongo;
using MongoDB.Bson;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>Records to documents and back, and the storage format: money and times as Int64, enums as Int32.</summary>
public sealed class MongoDocumentsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public void User_JoinedWithItsAccount_ReadsBackWithEmailLowerCasedAndAccountStatus()
    {
        var user = new UserRecord("usr_1", "Siti Aminah", "Siti@Example.COM", "hash", AccountRole.Seller, AccountStatus.Active, Now);
        var doc = MongoDocuments.User(user);
        doc["account"] = MongoDocuments.NewAccount(user with { Status = AccountStatus.Frozen });

        Assert.Equal(user with { Email = "siti@example.com", Status = AccountStatus.Frozen }, MongoDocuments.ToUser(doc));
        MongoJson.Equal(
            """
            { "_id": "usr_1", "name": "Siti Aminah", "email": "siti@example.com", "password_hash": "hash", "role": 1,
              "created_at": NumberLong(1795680000123),
              "account": { "_id": "usr_1", "role": 1, "status": 1, "balance": NumberLong(0),
                           "next_seq": NumberLong(1), "updated_at": NumberLong(1795680000123) } }
            """,
            doc);
    }

    [Fact]
    public void NewAccount_ReadBack_IsEmptyWithFirstSequenceOne()
    {
        var user = new UserRecord("usr_1", "One", "one@example.com", "hash", AccountRole.Buyer, AccountStatus.Active, Now);

        var account = MongoDocuments.ToAccount(MongoDocuments.NewAccount(user), new Money(0));

        Assert.Equal(new AccountSnapshot("usr_1", AccountRole.Buyer, AccountStatus.Active, Money.Zero, 1, Money.Zero, Now), account);
    }

    [Theory]
    [InlineData("usr_q", 0)]
    [InlineData(null, long.MaxValue)]
    public void Entry_RoundTrip_KeepsEverySignedAmountAndNullCounterparty(string? counterparty, long amount)
    {
        var entry = new JournalEntry("usr_1", 7, "op-7", EntryKind.PaymentOut, new Money(-amount), new Money(amount), counterparty, "pay_7", "lunch", Now);

        var doc = MongoDocuments.Entry(entry);

        Assert.Equal(entry, MongoDocuments.ToEntry(doc));
        Assert.False(doc.Contains("_id"));
        Assert.Equal(counterparty is null, doc["counterparty"].IsBsonNull);
        Assert.All(["seq", "amount", "balance_after", "created_at"], (string field) => Assert.Equal(BsonType.Int64, doc[field].BsonType));
        Assert.Equal(BsonType.Int32, doc["kind"].BsonType);
    }

    [Fact]
    public void Payment_RoundTrip_StartsWithUpdatedAtAsCreatedAt()
    {
        var payment = new PaymentView("pay_1", "usr_p", "usr_q", new Money(5_000), null, PaymentState.InFlight, Now);

        var doc = MongoDocuments.Payment(payment);

        Assert.Equal(payment, MongoDocuments.ToPayment(doc));
        MongoJson.Equal(
            """
            { "_id": "pay_1", "payer_id": "usr_p", "payee_id": "usr_q", "amount": NumberLong(5000), "description": null, "state": 0,
              "created_at": NumberLong(1795680000123), "updated_at": NumberLong(1795680000123) }
            """,
            doc);
    }

    [Fact]
    public void TopUp_VirtualAccountRoundTrip_KeepsGatewayDetailsAndRecovered()
    {
        var topUp = new TopUpRecord("top_1", "usr_1", TopUpChannel.VirtualAccount, TopUpStatus.Reversed, new Money(40_000), Now, Now.AddHours(1), "note", "usr_1")
        {
            VirtualAccount = new VirtualAccountDetails("mandiri", null, "70012", "1234", Now.AddDays(1), "tx-1"),
            ReviewedBy = "usr_admin",
            Reason = "chargeback",
            Recovered = new Money(15_000),
        };

        Assert.Equal(topUp, MongoTopUpDocuments.ToTopUp(MongoTopUpDocuments.TopUp(topUp)));
    }

    [Fact]
    public void TopUp_BankTransferRoundTrip_KeepsSenderDetailsOnly()
    {
        var topUp = new TopUpRecord("top_2", "usr_1", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, new Money(5_000), Now, Now, null, "usr_1")
        {
            BankTransfer = new BankTransferDetails("bca", "Siti", "TRF-1"),
        };

        var doc = MongoTopUpDocuments.TopUp(topUp);

        Assert.Equal(topUp, MongoTopUpDocuments.ToTopUp(doc));
        Assert.True(doc["va_bank"].IsBsonNull);
        Assert.Equal(BsonType.Int64, doc["recovered"].BsonType);
    }

    [Fact]
    public void TopUp_DetailsOfAnotherChannel_AreNotReadBack()
    {
        // As from a relational row: the details a channel does not have read back as absent.
        var admin = new TopUpRecord("top_3", "usr_1", TopUpChannel.Admin, TopUpStatus.Settled, new Money(1_000), Now, Now, null, "usr_admin")
        {
            VirtualAccount = new VirtualAccountDetails("bni", "988", null, null, null, null),
            BankTransfer = new BankTransferDetails("bca", "Siti", "TRF-1"),
        };

        var read = MongoTopUpDocuments.ToTopUp(MongoTopUpDocuments.TopUp(admin));

        Assert.Equal(admin with { VirtualAccount = null, BankTransfer = null }, read);
    }

    [Fact]
    public void Withdrawal_RoundTrip_KeepsReview()
    {
        var withdrawal = new WithdrawalRecord("wdr_1", "usr_1", WithdrawalStatus.Rejected, new Money(4_000), "bca", "1234567890", "Siti", Now, Now.AddMinutes(5))
        {
            ReviewedBy = "usr_admin",
            Reason = "wrong name",
        };

        Assert.Equal(withdrawal, MongoDocuments.ToWithdrawal(MongoDocuments.Withdrawal(withdrawal)));
    }

    [Fact]
    public void Notification_WithAndWithoutOptionalFields_RoundTrips()
    {
        var full = new NotificationRecord("ntf_1", "usr_1", NotificationKind.PaymentReceived, "Paid", new Money(1_000), "pay_1", Now) { ReadAt = Now.AddMinutes(1) };
        var bare = new NotificationRecord("ntf_2", "usr_1", NotificationKind.AccountFrozen, "Frozen", null, null, Now);

        Assert.Equal(full, MongoDocuments.ToNotification(MongoDocuments.Notification(full)));
        Assert.Equal(bare, MongoDocuments.ToNotification(MongoDocuments.Notification(bare)));
        Assert.True(MongoDocuments.Notification(bare)["read_at"].IsBsonNull);
    }

    [Fact]
    public void Notification_FieldsAbsentRatherThanNull_ReadAsNull()
    {
        var doc = new BsonDocument
        {
            { "_id", "ntf_1" }, { "user_id", "usr_1" }, { "kind", 10 }, { "message", "Frozen" }, { "created_at", 1_000L },
        };

        var read = MongoDocuments.ToNotification(doc);

        Assert.Equal(new NotificationRecord("ntf_1", "usr_1", NotificationKind.AccountFrozen, "Frozen", null, null, DateTimeOffset.FromUnixTimeMilliseconds(1_000)), read);
    }

    [Fact]
    public void Idempotency_RoundTrip_KeepsBodyBytesAndLocation()
    {
        var response = new IdempotentResponse(201, "application/json", "{\"id\":\"pay_1\"}"u8.ToArray(), "/api/v1/payments/pay_1");
        var record = new IdempotencyRecord("usr_1/key-1", "hash-a", response, Now);

        var read = MongoSessionDocuments.ToIdempotency(MongoSessionDocuments.Idempotency(record));

        Assert.Equal(record.Scope, read.Scope);
        Assert.Equal(record.RequestHash, read.RequestHash);
        Assert.Equal(record.CreatedAt, read.CreatedAt);
        Assert.Equal(response.Body, read.Response.Body);
        Assert.Equal(response with { Body = read.Response.Body }, read.Response);
    }

    [Fact]
    public void Session_CutoffAndTokens_ReadBack()
    {
        var cutoff = MongoSessionDocuments.Cutoff("usr_1", Now, "jti-kept");
        var token = MongoSessionDocuments.RevokedToken("usr_1", Now.AddHours(1));
        token.InsertAt(0, new BsonElement("_id", "jti-live"));

        var session = MongoSessionDocuments.ToSession(cutoff, [token]);

        Assert.Equal(Now, session.RevokedUpTo);
        Assert.Equal("jti-kept", session.KeptTokenId);
        Assert.Equal(Now.AddHours(1), Assert.Single(session.RevokedTokens, t => t.Key == "jti-live").Value);
        var none = MongoSessionDocuments.ToSession(null, []);
        Assert.Null(none.RevokedUpTo);
        Assert.Null(none.KeptTokenId);
        Assert.Empty(none.RevokedTokens);
    }

    [Fact]
    public void Int64_IntegerKinds_AreReadAndADoubleIsRefused()
    {
        Assert.Equal(5L, MongoDocuments.Int64(new BsonInt32(5)));
        Assert.Equal(long.MaxValue, MongoDocuments.Int64(new BsonInt64(long.MaxValue)));
        Assert.Throws<FormatException>(() => MongoDocuments.Int64(new BsonDouble(5.0)));
        Assert.Throws<FormatException>(() => MongoDocuments.Int64(BsonNull.Value));
    }
}

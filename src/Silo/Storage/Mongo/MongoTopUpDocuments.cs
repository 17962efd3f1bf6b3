using Cashless.Grains.Interfaces.TopUps;
using MongoDB.Bson;
using static Cashless.Silo.Storage.Mongo.MongoDocuments;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>
/// A top-up as one flat document, field for field the relational <c>topups</c> row: the gateway's and the sender's
/// details sit beside the rest, so a move can overwrite one of them (<c>$set</c>) without knowing the others. As from a
/// row, the virtual-account details read back only on that channel, the bank-transfer details only on theirs.
/// </summary>
internal static class MongoTopUpDocuments
{
    public static BsonDocument TopUp(TopUpRecord t)
    {
        var va = t.VirtualAccount;
        var transfer = t.BankTransfer;
        return new BsonDocument
        {
            { "_id", t.Id },
            { "account_id", t.AccountId },
            { "channel", (int)t.Channel },
            { "status", (int)t.Status },
            { "amount", t.Amount.Rupiah },
            { "created_at", UnixMs(t.CreatedAt) },
            { "updated_at", UnixMs(t.UpdatedAt) },
            { "note", Nullable(t.Note) },
            { "created_by", Nullable(t.CreatedBy) },
            { "va_bank", Nullable(va?.Bank) },
            { "va_number", Nullable(va?.VaNumber) },
            { "biller_code", Nullable(va?.BillerCode) },
            { "bill_key", Nullable(va?.BillKey) },
            { "expires_at", Nullable(va?.ExpiresAt is { } expires ? UnixMs(expires) : null) },
            { "gateway_transaction_id", Nullable(va?.GatewayTransactionId) },
            { "sender_bank", Nullable(transfer?.SenderBank) },
            { "sender_account_name", Nullable(transfer?.SenderAccountName) },
            { "transfer_reference", Nullable(transfer?.TransferReference) },
            { "reviewed_by", Nullable(t.ReviewedBy) },
            { "reason", Nullable(t.Reason) },
            { "recovered", t.Recovered.Rupiah },
            { "possible_duplicate_of", Nullable(t.PossibleDuplicateOf) },
            { "transfer_key", Nullable(StoreRows.TransferKey(t)) },
        };
    }

    public static TopUpRecord ToTopUp(BsonDocument doc)
    {
        var channel = (TopUpChannel)doc["channel"].AsInt32;
        return new TopUpRecord(
            doc["_id"].AsString, doc["account_id"].AsString, channel, (TopUpStatus)doc["status"].AsInt32, Rupiah(doc, "amount"),
            Time(doc, "created_at"), Time(doc, "updated_at"), OptionalString(doc, "note"), OptionalString(doc, "created_by"))
        {
            VirtualAccount = channel == TopUpChannel.VirtualAccount
                ? new VirtualAccountDetails(
                    OptionalString(doc, "va_bank") ?? "", OptionalString(doc, "va_number"), OptionalString(doc, "biller_code"),
                    OptionalString(doc, "bill_key"), OptionalTime(doc, "expires_at"), OptionalString(doc, "gateway_transaction_id"))
                : null,
            BankTransfer = channel == TopUpChannel.BankTransfer
                ? new BankTransferDetails(
                    OptionalString(doc, "sender_bank") ?? "", OptionalString(doc, "sender_account_name") ?? "",
                    OptionalString(doc, "transfer_reference") ?? "")
                : null,
            ReviewedBy = OptionalString(doc, "reviewed_by"),
            Reason = OptionalString(doc, "reason"),
            Recovered = Rupiah(doc, "recovered"),
            PossibleDuplicateOf = OptionalString(doc, "possible_duplicate_of"),
        };
    }
}

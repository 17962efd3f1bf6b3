using System.Text.Json.Nodes;

namespace Cashless.MidtransEmulator.Tests.Infrastructure;

/// <summary>Charge request bodies as a Midtrans client would send them.</summary>
public static class ChargeBodies
{
    public const long Amount = 150_000;

    public static JsonObject BankTransfer(string orderId, string bank, long amount = Amount) => new()
    {
        ["payment_type"] = "bank_transfer",
        ["transaction_details"] = new JsonObject { ["order_id"] = orderId, ["gross_amount"] = amount },
        ["bank_transfer"] = new JsonObject { ["bank"] = bank },
    };

    public static JsonObject Echannel(string orderId, long amount = Amount) => new()
    {
        ["payment_type"] = "echannel",
        ["transaction_details"] = new JsonObject { ["order_id"] = orderId, ["gross_amount"] = amount },
        ["echannel"] = new JsonObject { ["bill_info1"] = "Payment:", ["bill_info2"] = "Top-up" },
    };

    public static JsonObject WithExpiry(this JsonObject body, int duration, string unit)
    {
        ArgumentNullException.ThrowIfNull(body);
        body["custom_expiry"] = new JsonObject { ["expiry_duration"] = duration, ["unit"] = unit };
        return body;
    }
}

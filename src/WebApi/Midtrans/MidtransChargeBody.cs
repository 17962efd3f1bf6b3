using Cashless.Grains.Interfaces;

namespace Cashless.WebApi.Midtrans;

/// <summary>The POST /v2/charge body for a virtual account: bank_transfer for most banks, echannel for Mandiri bill.</summary>
public static class MidtransChargeBody
{
    public static readonly IReadOnlyList<string> Banks = ["bca", "bni", "bri", "cimb", "permata", "mandiri"];

    public static object For(string orderId, Money amount, string bank, TimeSpan expiry)
    {
        var transaction = new { order_id = orderId, gross_amount = amount.Rupiah };
        var customExpiry = new { expiry_duration = (long)expiry.TotalMinutes, unit = "minute" };
        return bank == "mandiri"
            ? new
            {
                payment_type = "echannel",
                transaction_details = transaction,
                echannel = new { bill_info1 = "Payment:", bill_info2 = "Cashless top-up" },
                custom_expiry = customExpiry,
            }
            : new
            {
                payment_type = "bank_transfer",
                transaction_details = transaction,
                bank_transfer = new { bank },
                custom_expiry = customExpiry,
            };
    }
}

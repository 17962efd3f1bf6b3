using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Cashless.MidtransEmulator.Transactions;

namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>
/// Reads a charge body leniently (numbers may come as JSON numbers or digit strings, unknown members are ignored)
/// and validates what Midtrans validates for a VA charge, collecting every problem as a validation message.
/// </summary>
public static class ChargeRequestParser
{
    private const int MaxOrderIdLength = 50;
    private static readonly SearchValues<char> OrderIdChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~.");
    private static readonly string[] VaBanks = ["bca", "bni", "bri", "cimb", "permata"];
    private static readonly TimeSpan MinExpiry = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan MaxExpiry = TimeSpan.FromDays(180);

    public static async Task<ChargeParseResult> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return Parse(document.RootElement);
        }
        catch (JsonException)
        {
            return new ChargeParseResult(null, null, ["request body is not valid JSON"]);
        }
    }

    public static ChargeParseResult Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ChargeParseResult(null, null, ["request body must be a JSON object"]);
        }
        var errors = new List<string>();
        var details = Member(root, "transaction_details");
        var orderId = Text(Member(details, "order_id"));
        CheckOrderId(orderId, errors);
        var grossAmount = ReadGrossAmount(Member(details, "gross_amount"), errors);
        var (paymentType, bank, vaNumber) = ReadChannel(root, errors);
        var (duration, orderTime) = ReadCustomExpiry(Member(root, "custom_expiry"), errors);
        CheckItemDetails(Member(root, "item_details"), grossAmount, errors);
        return errors.Count > 0
            ? new ChargeParseResult(orderId, null, errors)
            : new ChargeParseResult(orderId, new ChargeRequest(orderId!, grossAmount, paymentType!, bank!, vaNumber, duration, orderTime), []);
    }

    private static void CheckOrderId(string? orderId, List<string> errors)
    {
        if (string.IsNullOrEmpty(orderId))
        {
            errors.Add("transaction_details.order_id is required");
        }
        else if (orderId.Length > MaxOrderIdLength)
        {
            errors.Add("transaction_details.order_id must be at most 50 characters");
        }
        else if (orderId.AsSpan().ContainsAnyExcept(OrderIdChars))
        {
            errors.Add("transaction_details.order_id may contain only alphanumerics and - _ ~ .");
        }
    }

    private static long ReadGrossAmount(JsonElement value, List<string> errors)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            errors.Add("transaction_details.gross_amount is required");
            return 0;
        }
        if (!TryReadInteger(value, out var amount) || amount <= 0)
        {
            errors.Add("transaction_details.gross_amount must be a positive integer without decimals");
            return 0;
        }
        return amount;
    }

    private static (string? PaymentType, string? Bank, string? VaNumber) ReadChannel(JsonElement root, List<string> errors)
    {
        switch (Text(Member(root, "payment_type")))
        {
            case Transaction.BankTransfer:
                return ReadBankTransfer(Member(root, "bank_transfer"), errors);
            case "permata": // the older shape one docs sample still uses
                return (Transaction.BankTransfer, "permata", null);
            case Transaction.Echannel:
                CheckEchannel(Member(root, "echannel"), errors);
                return (Transaction.Echannel, "mandiri", null);
            case null:
                errors.Add("payment_type is required");
                return default;
            default:
                errors.Add("payment_type must be bank_transfer or echannel");
                return default;
        }
    }

    private static (string? PaymentType, string? Bank, string? VaNumber) ReadBankTransfer(JsonElement transfer, List<string> errors)
    {
        // UNCONFIRMED: the official Python example sends no bank and reads permata_va_number, so none means Permata.
        var requested = Text(Member(transfer, "bank")) ?? "permata";
        var bank = VaBanks.FirstOrDefault(b => b.Equals(requested, StringComparison.OrdinalIgnoreCase));
        if (bank is null)
        {
            errors.Add("bank_transfer.bank must be one of bca, bni, bri, cimb, permata");
            return default;
        }
        var vaNumber = Text(Member(transfer, "va_number"));
        if (vaNumber is not null && (vaNumber.Length == 0 || !vaNumber.All(char.IsAsciiDigit)))
        {
            errors.Add("bank_transfer.va_number must contain digits only");
        }
        return (Transaction.BankTransfer, bank, vaNumber);
    }

    private static void CheckEchannel(JsonElement echannel, List<string> errors)
    {
        foreach (var field in (string[])["bill_info1", "bill_info2"])
        {
            if (string.IsNullOrWhiteSpace(Text(Member(echannel, field))))
            {
                errors.Add($"echannel.{field} is required");
            }
        }
    }

    private static (TimeSpan? Duration, DateTimeOffset? OrderTime) ReadCustomExpiry(JsonElement expiry, List<string> errors)
    {
        if (expiry.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }
        if (!TryReadInteger(Member(expiry, "expiry_duration"), out var count)
            || Duration(count, Text(Member(expiry, "unit")) ?? "minute") is not { } duration
            || duration < MinExpiry || duration > MaxExpiry)
        {
            errors.Add("custom_expiry must last from 20 seconds to 180 days (expiry_duration, unit second|minute|hour|day)");
            return (null, null);
        }
        var orderTime = Text(Member(expiry, "order_time"));
        if (orderTime is null)
        {
            return (duration, null);
        }
        if (DateTimeOffset.TryParseExact(orderTime, "yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return (duration, start);
        }
        errors.Add("custom_expiry.order_time must look like 2024-05-01 10:00:00 +0700");
        return (null, null);
    }

    private static TimeSpan? Duration(long count, string unit)
    {
        if (count <= 0 || count > (long)MaxExpiry.TotalSeconds)
        {
            return null;
        }
        return unit switch
        {
            "second" => TimeSpan.FromSeconds(count),
            "minute" => TimeSpan.FromMinutes(count),
            "hour" => TimeSpan.FromHours(count),
            "day" => TimeSpan.FromDays(count),
            _ => null,
        };
    }

    private static void CheckItemDetails(JsonElement items, long grossAmount, List<string> errors)
    {
        if (items.ValueKind != JsonValueKind.Array || grossAmount <= 0)
        {
            return;
        }
        Int128 sum = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (!TryReadInteger(Member(item, "price"), out var price) || !TryReadInteger(Member(item, "quantity"), out var quantity))
            {
                errors.Add("item_details.price and item_details.quantity must be integers");
                return;
            }
            sum += (Int128)price * quantity;
        }
        if (sum != grossAmount)
        {
            errors.Add("transaction_details.gross_amount is not equal to the sum of item_details");
        }
    }

    private static bool TryReadInteger(JsonElement value, out long result)
    {
        result = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out result),
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out result),
            _ => false,
        };
    }

    private static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string? Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString() : null;
}

using Cashless.MidtransEmulator.Transactions;
using Microsoft.Extensions.Options;

namespace Cashless.MidtransEmulator.CoreApi;

/// <summary>Renders a stored <see cref="Transaction"/> as each Midtrans message that carries it.</summary>
public sealed class TransactionMessageFactory(IOptions<EmulatorOptions> options, EmulatorClock clock)
{
    public const string MandiriBillerCode = "70012";
    private const string NotificationMessage = "midtrans payment notification";
    private static readonly HashSet<string> BanksWithPaymentAmounts = ["bca", "bni", "bri"];

    private readonly EmulatorOptions _options = options.Value;

    public TransactionMessage Charge(Transaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return Render(transaction, "201", ChargeMessage(transaction), transaction.Status, transaction.GrossAmount)
            with { ExpiryTime = WireFormat.Time(transaction.ExpiryTime) };
    }

    public TransactionMessage Status(Transaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return Signed(transaction, transaction.Status, transaction.GrossAmount, "Success, transaction is found", forge: false)
            with { ExpiryTime = WireFormat.Time(transaction.ExpiryTime) };
    }

    public TransactionMessage Cancelled(Transaction transaction) =>
        Render(transaction, "200", "Success, transaction is canceled", TransactionStatus.Cancel, transaction.GrossAmount);

    // Midtrans answers a successful expire with status_code 407; the notification that follows carries 202.
    public TransactionMessage Expired(Transaction transaction) =>
        Render(transaction, "407", "Success, transaction has expired", TransactionStatus.Expire, transaction.GrossAmount);

    /// <summary>A notification announcing <paramref name="status"/> for <paramref name="grossAmount"/>, which may differ from the stored state.</summary>
    public TransactionMessage Notification(Transaction transaction, TransactionStatus status, long grossAmount, bool forgeSignature) =>
        Signed(transaction, status, grossAmount, NotificationMessage, forgeSignature);

    private TransactionMessage Signed(Transaction transaction, TransactionStatus status, long grossAmount, string message, bool forge)
    {
        var statusCode = status.NotificationStatusCode();
        var rendered = Render(transaction, statusCode, message, status, grossAmount);
        var key = forge ? _options.ServerKey + "-forged" : _options.ServerKey;
        var settledAt = SettlementTime(transaction, status);
        return rendered with
        {
            SignatureKey = Signature.Compute(transaction.OrderId, statusCode, rendered.GrossAmount, key),
            SettlementTime = settledAt is { } time ? WireFormat.Time(time) : null,
            PaymentAmounts = PaymentAmounts(transaction, settledAt, rendered.GrossAmount),
        };
    }

    private TransactionMessage Render(Transaction transaction, string statusCode, string message, TransactionStatus status, long grossAmount)
    {
        var rendered = new TransactionMessage(
            statusCode, message, transaction.TransactionId, transaction.OrderId, _options.MerchantId,
            WireFormat.Amount(grossAmount), "IDR", transaction.PaymentType, WireFormat.Time(transaction.TransactionTime),
            status.ToWire(), "accept");
        return (transaction.PaymentType, transaction.Bank) switch
        {
            (Transaction.Echannel, _) => rendered with { BillerCode = MandiriBillerCode, BillKey = transaction.PaymentCode },
            (_, "permata") => rendered with { PermataVaNumber = transaction.PaymentCode },
            _ => rendered with { VaNumbers = [new VaNumber(transaction.Bank, transaction.PaymentCode)] },
        };
    }

    private DateTimeOffset? SettlementTime(Transaction transaction, TransactionStatus announced) => announced switch
    {
        TransactionStatus.Pending => null,
        TransactionStatus.Settlement => transaction.SettlementTime ?? clock.UtcNowToSecond(),
        _ => transaction.SettlementTime,
    };

    private static List<PaymentAmount>? PaymentAmounts(Transaction transaction, DateTimeOffset? settledAt, string grossAmount) =>
        !BanksWithPaymentAmounts.Contains(transaction.Bank) ? null
        : settledAt is { } paidAt ? [new PaymentAmount(WireFormat.Time(paidAt), grossAmount)]
        : [];

    private static string ChargeMessage(Transaction transaction) => (transaction.PaymentType, transaction.Bank) switch
    {
        (Transaction.Echannel, _) => "OK, Mandiri Bill transaction is successful",
        (_, "permata") => "Success, PERMATA VA transaction is successful",
        _ => "Success, Bank Transfer transaction is created",
    };
}

namespace Cashless.MidtransEmulator.Transactions;

/// <summary>Maps <see cref="TransactionStatus"/> to and from its Midtrans wire strings.</summary>
public static class TransactionStatusWire
{
    public static string ToWire(this TransactionStatus status) => status switch
    {
        TransactionStatus.Pending => "pending",
        TransactionStatus.Settlement => "settlement",
        TransactionStatus.Expire => "expire",
        TransactionStatus.Cancel => "cancel",
        TransactionStatus.Deny => "deny",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The <c>status_code</c> a notification (and GET status) carries for a status.</summary>
    public static string NotificationStatusCode(this TransactionStatus status) => status switch
    {
        TransactionStatus.Settlement => "200",
        TransactionStatus.Pending => "201",
        _ => "202",
    };

    public static bool TryParse(string? value, out TransactionStatus status)
    {
        foreach (var candidate in Enum.GetValues<TransactionStatus>())
        {
            if (string.Equals(candidate.ToWire(), value, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }
}

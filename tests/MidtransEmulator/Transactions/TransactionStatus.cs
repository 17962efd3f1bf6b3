namespace Cashless.MidtransEmulator.Transactions;

/// <summary>The <c>transaction_status</c> values a virtual-account transaction can take.</summary>
public enum TransactionStatus
{
    Pending,
    Settlement,
    Expire,
    Cancel,
    Deny,
}

namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// What a student's guardian (or an admin) set on the student's wallet: how much may be spent in one school day
/// (<c>Reports:TimeZone</c>) and in one payment, and the balance under which the owner and guardians are told it runs
/// low, and the payment size above which the guardians are told of a payment. Null means no such rule.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.WalletRules")]
public sealed record WalletRules(
    [property: Id(0)] Money? DailyLimit,
    [property: Id(1)] Money? PaymentLimit,
    [property: Id(2)] Money? LowBalanceThreshold,
    [property: Id(3)] Money? AlertPaymentsOver = null)
{
    public static readonly WalletRules None = new(null, null, null);
}

namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// What a student's guardian (or an admin) set on the student's wallet: how much may be spent in one school day
/// (<c>Reports:TimeZone</c>) and in one payment, and the balance under which the owner and guardians are told it runs
/// low. Null means no such rule.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.WalletRules")]
public sealed record WalletRules(
    [property: Id(0)] Money? DailyLimit,
    [property: Id(1)] Money? PaymentLimit,
    [property: Id(2)] Money? LowBalanceThreshold)
{
    public static readonly WalletRules None = new(null, null, null);
}

using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// A student's spending rules as set by a guardian or an admin (null: no such rule; <see cref="AlertPaymentsOver"/>: the
/// guardians are told of every payment above it) and what the daily limit still
/// allows today (null without a daily limit). Sellers and guardians carry no rules: every field is null.
/// </summary>
public sealed record SpendingResponse(long? DailyLimit, long? PaymentLimit, long? LowBalanceThreshold, long? AlertPaymentsOver, long? RemainingToday)
{
    public static SpendingResponse Of(WalletView wallet)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        var rules = wallet.Rules ?? WalletRules.None;
        return new SpendingResponse(rules.DailyLimit?.Rupiah, rules.PaymentLimit?.Rupiah, rules.LowBalanceThreshold?.Rupiah,
            rules.AlertPaymentsOver?.Rupiah, wallet.RemainingToday?.Rupiah);
    }
}

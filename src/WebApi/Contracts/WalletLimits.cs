using Cashless.Grains.Common;

namespace Cashless.WebApi.Contracts;

public sealed record WalletLimits(long MaxBalance, long MaxTransactionAmount, long MinTopUp, long MinWithdrawal)
{
    public static WalletLimits Of(LimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new WalletLimits(limits.MaxBalance, limits.MaxTransactionAmount, limits.MinTopUp, limits.MinWithdrawal);
    }
}

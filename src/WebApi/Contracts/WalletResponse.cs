using Cashless.Grains.Common;
using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.WebApi.Contracts;

public sealed record WalletResponse(
    string AccountId, long Balance, string Currency, AccountStatus Status, WalletLimits Limits, DateTime UpdatedAt,
    SpendingResponse Spending)
{
    public static WalletResponse Of(WalletView wallet, LimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        return new WalletResponse(wallet.AccountId, wallet.Balance.Rupiah, "IDR", wallet.Status, WalletLimits.Of(limits),
            ApiTime.Of(wallet.UpdatedAt), SpendingResponse.Of(wallet));
    }
}

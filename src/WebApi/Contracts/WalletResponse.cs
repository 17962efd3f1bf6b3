using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.WebApi.Contracts;

public sealed record WalletResponse(
    string AccountId, long Balance, string Currency, AccountStatus Status, WalletLimits Limits, DateTime UpdatedAt);

using Cashless.Grains.Interfaces.Withdrawals;

namespace Cashless.Grains.Ledger;

/// <summary>Withdrawals of one account (or all, for admins), optionally in one status; newest first.</summary>
public sealed record WithdrawalQuery(string? AccountId, WithdrawalStatus? Status, PageRequest Page);

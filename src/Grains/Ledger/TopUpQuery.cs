using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.Grains.Ledger;

/// <summary>Top-ups of one account (or all, for admins), optionally in one status; newest first.</summary>
public sealed record TopUpQuery(string? AccountId, TopUpStatus? Status, PageRequest Page);

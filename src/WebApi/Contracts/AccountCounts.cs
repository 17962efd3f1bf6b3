namespace Cashless.WebApi.Contracts;

/// <summary>Users by role, and the wallets that are frozen.</summary>
public sealed record AccountCounts(int Buyers, int Sellers, int Admins, int Frozen);

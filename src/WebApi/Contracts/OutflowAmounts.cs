namespace Cashless.WebApi.Contracts;

/// <summary>Money leaving the community: withdrawals as they are requested (the money is held then), whatever becomes of them.</summary>
public sealed record OutflowAmounts(long Withdrawals);

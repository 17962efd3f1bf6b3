namespace Cashless.WebApi.Contracts;

/// <summary>
/// Money crossing the community's boundary. <see cref="Net"/> = in.total − out.withdrawals − reversals.topUps +
/// reversals.withdrawals: how much the money held in wallets (the liabilities) grew.
/// </summary>
public sealed record CommunityFlowAmounts(ChannelAmounts In, OutflowAmounts Out, ReversalAmounts Reversals, long Net);

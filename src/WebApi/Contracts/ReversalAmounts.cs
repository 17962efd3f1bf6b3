namespace Cashless.WebApi.Contracts;

/// <summary>
/// Corrections, both positive: <see cref="TopUps"/> is what was taken back from wallets for top-ups the bank reversed
/// (it leaves the community); <see cref="Withdrawals"/> is what rejected withdrawals gave back (it comes back in).
/// </summary>
public sealed record ReversalAmounts(long TopUps, long Withdrawals);

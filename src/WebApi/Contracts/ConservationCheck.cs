namespace Cashless.WebApi.Contracts;

/// <summary>
/// Both sides of the conservation rule, read in one snapshot: <see cref="Expected"/> (settled top-ups − pending and
/// completed withdrawals) and <see cref="Balances"/> + <see cref="InFlight"/> (payments debited, credit being
/// delivered). <see cref="Balanced"/> says whether they agree.
/// </summary>
public sealed record ConservationCheck(long Expected, long Balances, long InFlight, bool Balanced);

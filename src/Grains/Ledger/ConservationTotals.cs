namespace Cashless.Grains.Ledger;

/// <summary>
/// The two sides of the conservation equation, read in one snapshot:
/// <see cref="Balances"/> + <see cref="InFlight"/> must equal <see cref="SettledTopUps"/> − <see cref="Withdrawals"/>.
/// <see cref="SettledTopUps"/> counts settled top-ups whole and reversed ones by what could not be taken back;
/// <see cref="Withdrawals"/> counts pending and completed ones.
/// </summary>
public sealed record ConservationTotals(long Balances, long InFlight, long SettledTopUps, long Withdrawals)
{
    public long Expected => SettledTopUps - Withdrawals;

    public bool Balanced => Balances + InFlight == Expected;
}

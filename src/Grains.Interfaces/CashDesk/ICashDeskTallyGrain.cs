namespace Cashless.Grains.Interfaces.CashDesk;

/// <summary>
/// Counts one admin's cash-desk top-ups in one local day, keyed <c>{adminId}/{yyyy-MM-dd}</c>. Kept in memory: a silo
/// restart starts the day's count again (the amount rule does not depend on it).
/// </summary>
[Alias("Cashless.ICashDeskTallyGrain")]
public interface ICashDeskTallyGrain : IGrainWithStringKey
{
    /// <summary>Counts one more top-up and returns how many this admin has made that day, this one included.</summary>
    [Alias("CountOne")]
    Task<int> CountOne();
}

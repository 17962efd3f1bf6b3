using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>The checks every money test ends with: balances equal their journals, nothing negative, money conserved.</summary>
public static class LedgerAudit
{
    public static async Task AssertConsistent(ICashlessStore store, IEnumerable<string> accounts)
    {
        foreach (var id in accounts)
        {
            var account = await store.LoadAccountAsync(id);
            Assert.NotNull(account);
            Assert.True(account.Balance.Rupiah >= 0, $"{id} is negative");
            Assert.Equal(account.EntriesTotal, account.Balance);
        }

        var totals = await store.GetConservationTotalsAsync();
        Assert.True(totals.Balanced, $"not conserved: {totals}");
    }
}

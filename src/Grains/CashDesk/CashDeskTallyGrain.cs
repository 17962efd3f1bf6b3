using Cashless.Grains.Interfaces.CashDesk;

namespace Cashless.Grains.CashDesk;

/// <summary>Stays active for its whole day (and a little more), so an idle hour does not forget the count.</summary>
[CollectionAgeLimit(Hours = 25)]
internal sealed class CashDeskTallyGrain : Grain, ICashDeskTallyGrain
{
    private int _count;

    public Task<int> CountOne() => Task.FromResult(++_count);
}

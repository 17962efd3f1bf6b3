using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage;

/// <summary>Adapters read one row more than the page holds; that extra row tells whether a next page exists.</summary>
internal static class Paging
{
    public static Page<T> Cut<T>(IReadOnlyList<T> rows, int limit, Func<T, string> cursorOf)
    {
        if (rows.Count <= limit)
        {
            return new Page<T>(rows, null);
        }

        var items = rows.Take(limit).ToList();
        return new Page<T>(items, cursorOf(items[^1]));
    }
}

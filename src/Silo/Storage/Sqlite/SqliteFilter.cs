namespace Cashless.Silo.Storage.Sqlite;

/// <summary>
/// A WHERE clause of only the conditions whose value is given. SQLite plans a statement once, so a
/// "$x IS NULL OR col = $x" condition keeps it from using any index on col; leaving the condition out does not.
/// </summary>
internal static class SqliteFilter
{
    public static string Where(params (string Condition, object? Value)[] conditions)
    {
        var present = conditions.Where(c => c.Value is not null).Select(c => c.Condition).ToList();
        return present.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", present);
    }
}

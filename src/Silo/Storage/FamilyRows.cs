using System.Data.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using static Cashless.Silo.Storage.StoreRows;

namespace Cashless.Silo.Storage;

/// <summary>Readers of the families' rows, in the column order of <see cref="FamilyStatements"/>.</summary>
internal static class FamilyRows
{
    public static WalletRules Rules(DbDataReader row) => new(Rupiah(row, 0), Rupiah(row, 1), Rupiah(row, 2), Rupiah(row, 3));

    public static GuardianLink Link(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), FromUnixMs(row.GetInt64(4)));

    public static long Count(DbDataReader row) => row.GetInt64(0);

    public static string Id(DbDataReader row) => row.GetString(0);

    private static Money? Rupiah(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : new Money(row.GetInt64(ordinal));
}

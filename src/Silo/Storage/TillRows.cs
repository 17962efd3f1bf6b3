using System.Data.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;
using static Cashless.Silo.Storage.StoreRows;

namespace Cashless.Silo.Storage;

/// <summary>Readers of the till's rows, in the column order of <see cref="TillStatements"/>.</summary>
internal static class TillRows
{
    public static CashierRecord Cashier(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), !row.IsDBNull(4), FromUnixMs(row.GetInt64(5)));

    public static PaymentRequestRecord PaymentRequest(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), new Money(row.GetInt64(2)), NullableString(row, 3), (PaymentRequestStatus)row.GetInt32(4),
        row.GetString(5), FromUnixMs(row.GetInt64(6)), FromUnixMs(row.GetInt64(7)), FromUnixMs(row.GetInt64(8)))
    {
        PayerId = NullableString(row, 9),
        PaymentId = NullableString(row, 10),
    };

    public static Money Amount(DbDataReader row) => new(row.GetInt64(0));
}

using System.Globalization;

namespace Cashless.MidtransEmulator.Transactions;

/// <summary>Issues unique, bank-looking VA numbers and Mandiri bill keys from one counter.</summary>
public sealed class PaymentCodeGenerator
{
    private long _sequence;

    public string Next(string bank)
    {
        var serial = Interlocked.Increment(ref _sequence).ToString("D11", CultureInfo.InvariantCulture);
        return bank switch
        {
            "bca" => "12345" + serial,
            "bni" => "9888" + serial,
            "bri" => "88880" + serial,
            "cimb" => "1899" + serial,
            "permata" => "8562" + serial,
            _ => "7" + serial,
        };
    }
}

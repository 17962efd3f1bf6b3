using System.Globalization;

namespace Cashless.MidtransEmulator;

/// <summary>How Midtrans writes money and time: strings, two decimals, GMT+7 without an offset.</summary>
public static class WireFormat
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static string Amount(long rupiah) =>
        rupiah.ToString(CultureInfo.InvariantCulture) + ".00";

    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(Wib).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}

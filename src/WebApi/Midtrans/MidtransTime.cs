using System.Globalization;

namespace Cashless.WebApi.Midtrans;

/// <summary>Midtrans writes times as "yyyy-MM-dd HH:mm:ss" in Western Indonesian Time (UTC+7).</summary>
public static class MidtransTime
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static DateTimeOffset? Parse(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Wib).ToUniversalTime()
            : null;
}

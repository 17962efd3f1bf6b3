using System.Globalization;

namespace Cashless.Grains.Notifications;

/// <summary>
/// The id of a notification read from a journal entry (payment received or sent): <c>ntf_</c>, the entry's time in Unix
/// milliseconds as 12 hex digits, <c>0</c>, and the entry's sequence as 16 hex digits. It sorts by time among the stored
/// notifications' UUIDv7 ids (same 12-digit time prefix; at the same millisecond before them, whose next digit is 7), and
/// within one account by sequence, which is the journal's order.
/// </summary>
public static class DerivedNotificationId
{
    private const string Prefix = "ntf_";
    private const int Length = 33;

    public static string Of(DateTimeOffset at, long sequence) => string.Create(CultureInfo.InvariantCulture,
        $"{Prefix}{at.ToUnixTimeMilliseconds():x12}0{sequence:x16}");

    public static bool TryParse(string id, out long unixMs, out long sequence)
    {
        (unixMs, sequence) = (0, 0);
        return id.Length == Length && id.StartsWith(Prefix, StringComparison.Ordinal) && id[16] == '0'
            && IsLowerHex(id.AsSpan(4, 12)) && IsLowerHex(id.AsSpan(17))
            && long.TryParse(id.AsSpan(4, 12), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out unixMs)
            && long.TryParse(id.AsSpan(17), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out sequence);
    }

    /// <summary>
    /// Where the journal's part of a page starts, for a page cursor that may be either kind of id: entries before
    /// <c>UnixMs</c>, or at it with a sequence below <c>Sequence</c>. A stored id's time prefix lets in every entry of that
    /// millisecond (their ids sort first); an id of another shape lets in all or nothing, as the bytes compare.
    /// </summary>
    public static (long UnixMs, long Sequence) Bound(string? before)
    {
        if (before is null)
        {
            return (long.MaxValue, long.MaxValue);
        }

        if (TryParse(before, out var ms, out var sequence))
        {
            return (ms, sequence);
        }

        if (before.Length > 16 && before.StartsWith(Prefix, StringComparison.Ordinal) && IsLowerHex(before.AsSpan(4, 12))
            && long.TryParse(before.AsSpan(4, 12), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ms))
        {
            return string.CompareOrdinal(before, 16, "0", 0, 1) > 0 ? (ms, long.MaxValue) : (ms, 0);
        }

        return string.CompareOrdinal(before, Prefix + "ffffffffffff") > 0 ? (long.MaxValue, long.MaxValue) : (-1, 0);
    }

    private static bool IsLowerHex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}

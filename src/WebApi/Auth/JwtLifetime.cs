using System.Globalization;
using System.Text.RegularExpressions;

namespace Cashless.WebApi.Auth;

/// <summary>
/// Reads <c>Jwt:Lifetime</c>. The documented default is written <c>24:00:00</c>, which .NET's own TimeSpan parsing
/// reads as 24 <em>days</em> (hours above 23 become days); here <c>h:mm:ss</c> always means hours, and any other
/// invariant TimeSpan form (<c>1.00:00:00</c>, <c>00:30:00</c>) is read as usual.
/// </summary>
public static partial class JwtLifetime
{
    public static bool TryParse(string? text, out TimeSpan lifetime)
    {
        lifetime = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = HoursMinutesSeconds().Match(text.Trim());
        if (match.Success)
        {
            lifetime = TimeSpan.FromHours(int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture))
                + TimeSpan.FromMinutes(int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture))
                + TimeSpan.FromSeconds(int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture));
            return true;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out lifetime);
    }

    [GeneratedRegex(@"^(?<h>\d{1,4}):(?<m>[0-5]\d):(?<s>[0-5]\d)$")]
    private static partial Regex HoursMinutesSeconds();
}

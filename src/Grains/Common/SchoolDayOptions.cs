namespace Cashless.Grains.Common;

/// <summary>
/// The school's local day, in which daily spending limits are counted and reset at midnight. Bound from the "Reports"
/// section, so limits and reports agree on what "today" is (<c>Reports:TimeZone</c>, checked at start by the web tier).
/// </summary>
public sealed class SchoolDayOptions
{
    public const string Section = "Reports";

    public string TimeZone { get; set; } = "Asia/Jakarta";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The school's date at <paramref name="at"/>.</summary>
    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);
}

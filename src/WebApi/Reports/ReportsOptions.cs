namespace Cashless.WebApi.Reports;

/// <summary>The "Reports" section: the time zone whose local days the reports are cut in (an IANA id).</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    public string TimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>The zone of <see cref="TimeZone"/>; the validator has checked at start that it exists.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

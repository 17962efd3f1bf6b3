namespace Cashless.Grains.Reports;

public enum ReportGrouping
{
    Day = 0,

    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week = 1,
    Month = 2,
}

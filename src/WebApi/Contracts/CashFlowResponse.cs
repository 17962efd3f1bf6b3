using Cashless.Grains.Reports;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// The caller's cash flow over the local days <see cref="From"/> to <see cref="To"/> (both included) in
/// <see cref="TimeZone"/>, one row per period. Opening + total in − total out = closing, and so for every period.
/// </summary>
public sealed record CashFlowResponse(
    long OpeningBalance,
    long ClosingBalance,
    long TotalIn,
    long TotalOut,
    CashFlowByKind ByKind,
    IReadOnlyList<CashFlowPeriodResponse> Periods,
    string TimeZone,
    DateOnly From,
    DateOnly To,
    ReportGrouping GroupBy)
{
    public static CashFlowResponse Of(CashFlowReport report, ReportRange range, ReportGrouping grouping, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(range);
        return new CashFlowResponse(report.OpeningBalance, report.ClosingBalance, report.TotalIn, report.TotalOut,
            CashFlowByKind.Of(report.ByKind), report.Periods.Select(CashFlowPeriodResponse.Of).ToList(), timeZone, range.First, range.Last, grouping);
    }
}

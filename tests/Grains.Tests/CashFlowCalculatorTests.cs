using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Reports;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>Hand-computed fixtures; days are cut in Asia/Jakarta (UTC+7, no daylight saving).</summary>
public sealed class CashFlowCalculatorTests
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    [Fact]
    public void Calculate_ByDay_CutsAtJakartaMidnight()
    {
        var range = new ReportRange(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 26), Jakarta);
        var movements = new List<(DateTimeOffset, EntryKind, long)>
        {
            (Utc("2026-11-24T17:00:00Z"), EntryKind.TopUp, 50_000),        // 00:00 WIB on the 25th
            (Utc("2026-11-25T16:59:59Z"), EntryKind.PaymentOut, -12_000),  // 23:59:59 WIB on the 25th
            (Utc("2026-11-25T17:00:00Z"), EntryKind.PaymentIn, 3_000),     // 00:00 WIB on the 26th
        };

        var report = CashFlowCalculator.Calculate(10_000, movements, range, ReportGrouping.Day);

        Assert.Equal(2, report.Periods.Count);
        Assert.Equal(new CashFlowPeriod(new DateOnly(2026, 11, 25), Utc("2026-11-24T17:00:00Z"), 50_000, 12_000, 48_000), report.Periods[0]);
        Assert.Equal(new CashFlowPeriod(new DateOnly(2026, 11, 26), Utc("2026-11-25T17:00:00Z"), 3_000, 0, 51_000), report.Periods[1]);
        Assert.Equal((10_000L, 51_000L, 53_000L, 12_000L), (report.OpeningBalance, report.ClosingBalance, report.TotalIn, report.TotalOut));
        Assert.Equal(-12_000, report.ByKind[EntryKind.PaymentOut]);
        Assert.Equal(range.Start, Utc("2026-11-24T17:00:00Z"));
        Assert.Equal(range.Until, Utc("2026-11-26T17:00:00Z"));
    }

    [Fact]
    public void Calculate_ByWeek_FirstPeriodStartsOnFirstDayThenOnMondays()
    {
        var range = new ReportRange(new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 6), Jakarta);
        var movements = new List<(DateTimeOffset, EntryKind, long)>
        {
            (Utc("2026-11-29T10:00:00Z"), EntryKind.TopUp, 20_000),       // Sunday the 29th (WIB)
            (Utc("2026-11-29T17:30:00Z"), EntryKind.Withdrawal, -5_000),  // Monday the 30th, 00:30 WIB
        };

        var report = CashFlowCalculator.Calculate(0, movements, range, ReportGrouping.Week);

        Assert.Equal([new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 30)], report.Periods.Select(p => p.Date));
        Assert.Equal((20_000L, 0L, 20_000L), (report.Periods[0].In, report.Periods[0].Out, report.Periods[0].ClosingBalance));
        Assert.Equal((0L, 5_000L, 15_000L), (report.Periods[1].In, report.Periods[1].Out, report.Periods[1].ClosingBalance));
    }

    [Fact]
    public void Calculate_ByMonth_EveryPeriodBalances()
    {
        var range = new ReportRange(new DateOnly(2026, 11, 20), new DateOnly(2027, 1, 10), Jakarta);
        var movements = new List<(DateTimeOffset, EntryKind, long)>
        {
            (Utc("2026-11-30T16:59:00Z"), EntryKind.TopUp, 100_000),
            (Utc("2026-11-30T17:01:00Z"), EntryKind.PaymentOut, -40_000),
            (Utc("2027-01-10T16:00:00Z"), EntryKind.PaymentReversal, 40_000),
        };

        var report = CashFlowCalculator.Calculate(7_000, movements, range, ReportGrouping.Month);

        Assert.Equal([new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)], report.Periods.Select(p => p.Date));
        var opening = report.OpeningBalance;
        foreach (var period in report.Periods)
        {
            Assert.Equal(period.ClosingBalance, opening + period.In - period.Out);
            opening = period.ClosingBalance;
        }

        Assert.Equal(107_000, report.ClosingBalance);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", true)]
    [InlineData("2024-01-01", "2024-12-31", true)]
    [InlineData("2026-01-01", "2027-01-01", true)]
    [InlineData("2026-01-01", "2027-01-02", false)]
    [InlineData("2026-05-02", "2026-05-01", false)]
    public void IsValid_RangeLength_AllowsUpTo366Days(string first, string last, bool valid) =>
        Assert.Equal(valid, ReportRange.IsValid(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

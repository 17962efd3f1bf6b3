using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Reports;

/// <summary>Cuts signed movements into periods of local days, weeks or months. Pure: the caller reads the store.</summary>
public static class CashFlowCalculator
{
    public static CashFlowReport Calculate(
        long openingBalance, IReadOnlyList<(DateTimeOffset At, EntryKind Kind, long Amount)> movements, ReportRange range, ReportGrouping grouping)
    {
        var periods = new List<CashFlowPeriod>();
        var byKind = new Dictionary<EntryKind, long>();
        var balance = openingBalance;
        var next = 0;
        foreach (var date in PeriodStarts(range, grouping))
        {
            var until = range.MidnightOf(NextStart(date, grouping, range.Last));
            long moneyIn = 0, moneyOut = 0;
            for (; next < movements.Count && movements[next].At < until; next++)
            {
                var (_, kind, amount) = movements[next];
                byKind[kind] = byKind.GetValueOrDefault(kind) + amount;
                (moneyIn, moneyOut) = amount >= 0 ? (moneyIn + amount, moneyOut) : (moneyIn, moneyOut - amount);
            }

            balance += moneyIn - moneyOut;
            periods.Add(new CashFlowPeriod(date, range.MidnightOf(date), moneyIn, moneyOut, balance));
        }

        return new CashFlowReport(openingBalance, balance, periods.Sum(p => p.In), periods.Sum(p => p.Out), byKind, periods);
    }

    /// <summary>The first period starts on the first day asked for, even mid-week or mid-month; later ones on their boundary.</summary>
    private static IEnumerable<DateOnly> PeriodStarts(ReportRange range, ReportGrouping grouping)
    {
        for (var date = range.First; date <= range.Last; date = NextStart(date, grouping, range.Last))
        {
            yield return date;
        }
    }

    private static DateOnly NextStart(DateOnly date, ReportGrouping grouping, DateOnly last)
    {
        var next = grouping switch
        {
            ReportGrouping.Day => date.AddDays(1),
            ReportGrouping.Week => date.AddDays(7 - (((int)date.DayOfWeek + 6) % 7)),
            ReportGrouping.Month => new DateOnly(date.Year, date.Month, 1).AddMonths(1),
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "unknown grouping"),
        };
        return next > last ? last.AddDays(1) : next;
    }
}

using System.Globalization;
using System.Text;
using Cashless.Grains.Reports;
using Cashless.WebApi.Contracts;

namespace Cashless.WebApi.Reports;

/// <summary>
/// The periods of a report as CSV (RFC 4180: a header row, then one row per period, CRLF line ends, no quoting needed
/// as every field is a date, a time or an integer). Dates are <c>YYYY-MM-DD</c>, starts RFC 3339 UTC.
/// </summary>
public static class ReportCsv
{
    public const string CashFlowHeader = "date,start,in,out,net,closing_balance";

    public const string CommunityHeader =
        "date,start,in_virtual_account,in_bank_transfer,in_admin,in_total,out_withdrawals,reversals_topups,reversals_withdrawals,net";

    public static string CashFlow(IEnumerable<CashFlowPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return Write(CashFlowHeader, periods.Select(p => Row(p.Date, p.Start, p.In, p.Out, p.Net, p.ClosingBalance)));
    }

    public static string Community(IEnumerable<CommunityFlowPeriodResponse> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return Write(CommunityHeader, periods.Select(p => Row(p.Date, p.Start,
            p.In.VirtualAccount, p.In.BankTransfer, p.In.Admin, p.In.Total, p.Out.Withdrawals, p.Reversals.TopUps, p.Reversals.Withdrawals, p.Net)));
    }

    private static string Write(string header, IEnumerable<string> rows)
    {
        var csv = new StringBuilder(header).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(row).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Row(DateOnly date, DateTimeOffset start, params long[] amounts) =>
        string.Join(',', [
            date.ToString(ReportQuery.DateFormat, CultureInfo.InvariantCulture),
            start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            .. amounts.Select(amount => amount.ToString(CultureInfo.InvariantCulture)),
        ]);
}

using Cashless.Grains.Reports;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// One period of a cash-flow report: <see cref="Start"/> is local midnight of <see cref="Date"/> (its first day) in the
/// report's time zone, as a UTC instant. <see cref="In"/> and <see cref="Out"/> are positive; <see cref="Net"/> is
/// in − out, and the previous closing balance + net = <see cref="ClosingBalance"/>.
/// </summary>
public sealed record CashFlowPeriodResponse(DateTime Start, DateOnly Date, long In, long Out, long Net, long ClosingBalance)
{
    public static CashFlowPeriodResponse Of(CashFlowPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new CashFlowPeriodResponse(ApiTime.Of(period.Start), period.Date, period.In, period.Out, period.Net, period.ClosingBalance);
    }
}

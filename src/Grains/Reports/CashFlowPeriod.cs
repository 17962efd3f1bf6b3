namespace Cashless.Grains.Reports;

/// <summary>One row of a cash-flow report: <see cref="Start"/> is local midnight (as a UTC instant) of <see cref="Date"/>.</summary>
public sealed record CashFlowPeriod(DateOnly Date, DateTimeOffset Start, long In, long Out, long ClosingBalance)
{
    public long Net => In - Out;
}

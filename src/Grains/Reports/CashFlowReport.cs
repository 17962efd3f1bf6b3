using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Reports;

/// <summary>
/// Money in and out of one account (or the community) over a range of local days. For every period, and for the
/// whole: opening + in − out = closing. <see cref="ByKind"/> holds the signed total of each kind of entry.
/// </summary>
public sealed record CashFlowReport(
    long OpeningBalance,
    long ClosingBalance,
    long TotalIn,
    long TotalOut,
    IReadOnlyDictionary<EntryKind, long> ByKind,
    IReadOnlyList<CashFlowPeriod> Periods);

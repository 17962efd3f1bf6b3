using Cashless.Grains.Reports;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// The community's money in (top-ups by channel) and out (withdrawals), with reversals, per period of the local days
/// <see cref="From"/> to <see cref="To"/> in <see cref="TimeZone"/>; <see cref="Totals"/> is the sum of the periods.
/// Payments move money inside the community and are not part of it.
/// </summary>
public sealed record CommunityCashFlowResponse(
    CommunityFlowAmounts Totals,
    IReadOnlyList<CommunityFlowPeriodResponse> Periods,
    string TimeZone,
    DateOnly From,
    DateOnly To,
    ReportGrouping GroupBy);

using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>The admins' view of the whole community: the overview with the conservation check, and the community cash flow.</summary>
public static class AdminReportsEndpoints
{
    public static IEndpointRouteBuilder MapAdminReportsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/admin/reports", "Admin", AuthPolicies.Admin);

        group.MapGet("/overview", GetOverview)
            .WithName("GetCommunityOverview")
            .WithSummary("Community totals from storage, read in one snapshot, with both sides of the conservation rule")
            .WithDescription(
                "liabilities is Σ balances. topUps counts settled top-ups by channel (a reversed one by what could not be taken "
                + "back); withdrawals are rupiah pending and completed; payments are the completed ones. conservation: expected "
                + "= topUps.total − withdrawals.pending − withdrawals.completed, balances = liabilities, inFlight = payments "
                + "debited whose credit is being delivered; balanced says whether balances + inFlight = expected. pending counts "
                + "the review queues.");

        group.MapGet("/cash-flow", GetCommunityCashFlow)
            .WithName("GetCommunityCashFlow")
            .WithSummary("Money entering (top-ups by channel) and leaving (withdrawals) the community per day, week or month")
            .WithDescription(
                ReportsEndpoints.RangeDescription + " out.withdrawals counts withdrawals when they are requested (the money is held "
                + "then); reversals.topUps is what was taken back for top-ups the bank reversed, reversals.withdrawals what "
                + "rejected withdrawals gave back; net = in.total − out.withdrawals − reversals.topUps + reversals.withdrawals, the "
                + "growth of the liabilities. totals is the sum of the periods. Payments stay inside the community and are not "
                + "counted. CSV columns: " + ReportCsv.CommunityHeader + ".")
            .WithMetadata(new CsvAlternative(ReportCsv.CommunityHeader))
            .ProducesValidationProblem();

        return api;
    }

    public static async Task<Ok<OverviewResponse>> GetOverview(IReportStore reports, CancellationToken ct) =>
        TypedResults.Ok(OverviewResponse.Of(await reports.GetCommunityTotalsAsync(ct)));

    public static async Task<Results<Ok<CommunityCashFlowResponse>, ContentHttpResult, ProblemHttpResult>> GetCommunityCashFlow(
        IReportStore reports,
        IOptions<ReportsOptions> options,
        TimeProvider clock,
        HttpContext http,
        [AsParameters] ReportParameters parameters,
        CancellationToken ct)
    {
        if (!ReportQuery.TryParse(parameters, options.Value, clock, out var query, out var problem))
        {
            return problem!;
        }

        var flows = await reports.ListCommunityFlowsAsync(query.Range.Start, query.Range.Until, ct);
        var (totals, periods) = CommunityCashFlow.Calculate(flows, query.Range, query.Grouping);
        return ReportFormat.Answer(http,
            () => ReportCsv.Community(periods),
            () => new CommunityCashFlowResponse(totals, periods, options.Value.TimeZone, query.Range.First, query.Range.Last, query.Grouping));
    }
}

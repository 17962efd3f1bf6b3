using System.Security.Claims;
using Cashless.Grains.Ledger;
using Cashless.Grains.Reports;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>The caller's cash flow (feature 12), as JSON or CSV.</summary>
public static class ReportsEndpoints
{
    public const string RangeDescription =
        "from and to are local dates (YYYY-MM-DD, both included) in Reports:TimeZone (default Asia/Jakarta); to defaults to "
        + "today and from to 29 days before to (the last 30 days). groupBy is day (default), week (ISO weeks, Monday to "
        + "Sunday) or month; the first period starts on from, even mid-week or mid-month, and each period's start is local "
        + "midnight of its first day as an RFC 3339 UTC time. to before from, a range of more than 366 days, or a value that "
        + "does not parse is 400 validation_failed. With Accept: text/csv the same periods come as CSV (text/csv; "
        + "charset=utf-8, a header row then one row per period, CRLF line ends).";

    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/reports", "Reports", AuthPolicies.WalletOwner);

        group.MapGet("/cash-flow", GetCashFlow)
            .WithName("GetCashFlow")
            .WithSummary("The caller's money in and out per day, week or month, with opening and closing balances")
            .WithDescription(
                RangeDescription + " Opening + totalIn − totalOut = closing, and so for every period. byKind has the signed total "
                + "of every journal entry kind (opening + their sum = closing). CSV columns: " + ReportCsv.CashFlowHeader + ".")
            .WithMetadata(new CsvAlternative(ReportCsv.CashFlowHeader))
            .ProducesValidationProblem();

        return api;
    }

    public static async Task<Results<Ok<CashFlowResponse>, ContentHttpResult, ProblemHttpResult>> GetCashFlow(
        ClaimsPrincipal principal,
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

        var (range, grouping) = (query.Range, query.Grouping);
        var accountId = principal.UserId();
        var opening = await reports.GetBalanceBeforeAsync(accountId, range.Start, ct);
        var entries = await reports.ListEntriesBetweenAsync(accountId, range.Start, range.Until, ct);
        var report = CashFlowCalculator.Calculate(
            opening.Rupiah, entries.Select(entry => (entry.CreatedAt, entry.Kind, entry.Amount.Rupiah)).ToList(), range, grouping);
        return ReportFormat.Answer(http,
            () => ReportCsv.CashFlow(report.Periods),
            () => CashFlowResponse.Of(report, range, grouping, options.Value.TimeZone));
    }
}

using Cashless.Grains.Ledger;
using Cashless.Grains.Reports;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Exports;
using Cashless.WebApi.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>
/// Downloads for auditors and treasurers: the journal of a period (every entry) and one account's statement, streamed
/// from the store to the answer, so a period of any size is sent without being held in memory.
/// </summary>
public static class AdminExportsEndpoints
{
    private const string PeriodDescription =
        "from and to are local dates (YYYY-MM-DD, both included) in Reports:TimeZone, as in the reports: to defaults to "
        + "today, from to 29 days before it; more than 366 days or a value that does not parse is 400 validation_failed. ";

    public static IEndpointRouteBuilder MapAdminExportsEndpoints(this IEndpointRouteBuilder api)
    {
        var exports = api.MapSecuredGroup("/admin/exports", "Admin", AuthPolicies.Admin);
        exports.MapGet("/journal", ExportJournal)
            .WithName("ExportJournal")
            .WithSummary("Every journal entry of a period as CSV, streamed")
            .WithDescription(
                PeriodDescription + "200 text/csv (an attachment): RFC 4180, CRLF line ends, a header row then one row per entry, "
                + "columns always in this order: " + JournalCsv.Header + ". Rows are ordered by account, then by time within each "
                + "account (each account's balances follow from row to row). Text that a spreadsheet would take for a formula "
                + "(starting with =, +, -, @) is prefixed with a single quote.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();

        var users = api.MapSecuredGroup("/admin/users", "Admin", AuthPolicies.Admin);
        users.MapGet("/{id}/statement", ExportStatement)
            .WithName("ExportStatement")
            .WithSummary("One account's statement of a period: a printable HTML page, or CSV")
            .WithDescription(
                PeriodDescription + "format=html (default): a printable page with the owner, the period, the opening balance, "
                + "every entry and the totals in, out and closing; format=csv: the journal export's columns for this account "
                + "alone, oldest first. 404 for an unknown user.")
            .Produces<string>(StatusCodes.Status200OK, "text/html", "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();

        return api;
    }

    public static Results<PushStreamHttpResult, ProblemHttpResult> ExportJournal(
        [AsParameters] ExportParameters parameters, IExportStore exports, IOptions<ReportsOptions> options, TimeProvider clock, HttpContext http)
    {
        if (!ReportQuery.TryParse(parameters.AsReport(), options.Value, clock, out var query, out var problem))
        {
            return problem!;
        }

        var range = query.Range;
        return TypedResults.Stream(
            body => JournalCsv.WriteAsync(body, exports.StreamEntriesAsync(null, range.Start, range.Until, http.RequestAborted), http.RequestAborted),
            JournalCsv.ContentType,
            $"journal-{FileDates(range)}.csv");
    }

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportStatement(
        string id,
        [AsParameters] ExportParameters parameters,
        string? format,
        ICashlessStore store,
        IOptions<ReportsOptions> options,
        TimeProvider clock,
        HttpContext http,
        CancellationToken ct)
    {
        if (format is not (null or "html" or "csv"))
        {
            return ApiProblem.Validation("format", "must be html or csv");
        }

        if (!ReportQuery.TryParse(parameters.AsReport(), options.Value, clock, out var query, out var problem))
        {
            return problem!;
        }

        if (await store.GetUserAsync(id, ct) is not { } user)
        {
            return ApiProblem.NotFound("No such user.");
        }

        var range = query.Range;
        var entries = store.StreamEntriesAsync(user.Id, range.Start, range.Until, http.RequestAborted);
        var fileName = $"statement-{user.Id}-{FileDates(range)}";
        if (format == "csv")
        {
            return TypedResults.Stream(body => JournalCsv.WriteAsync(body, entries, http.RequestAborted), JournalCsv.ContentType, fileName + ".csv");
        }

        var opening = await store.GetBalanceBeforeAsync(user.Id, range.Start, ct);
        return TypedResults.Stream(body => StatementHtml.WriteAsync(body, user, range, opening, entries, http.RequestAborted), StatementHtml.ContentType);
    }

    private static string FileDates(ReportRange range) => $"{range.First:yyyy-MM-dd}-{range.Last:yyyy-MM-dd}";
}

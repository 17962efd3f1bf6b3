using Cashless.WebApi.Json;
using System.Globalization;
using Cashless.Grains.Reports;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Reports;

/// <summary>
/// A report's <c>?from=&amp;to=&amp;groupBy=</c>: local dates (<c>YYYY-MM-DD</c>, both included) in the report zone and
/// <c>day</c>, <c>week</c> or <c>month</c>. <c>to</c> defaults to today, <c>from</c> to 29 days before <c>to</c>
/// (the last 30 days), <c>groupBy</c> to <c>day</c>. Every field's error is reported at once.
/// </summary>
public sealed record ReportQuery(ReportRange Range, ReportGrouping Grouping)
{
    public const string DateFormat = "yyyy-MM-dd";
    public const int DefaultDays = 30;

    /// <summary>The ledger counts time in Unix milliseconds; the day after the last date must still exist.</summary>
    public static readonly DateOnly MinDate = new(1970, 1, 1);
    public static readonly DateOnly MaxDate = new(9999, 12, 30);

    /// <summary>Reads the query in the configured zone, "today" being today there by <paramref name="clock"/>.</summary>
    public static bool TryParse(
        ReportParameters parameters, ReportsOptions options, TimeProvider clock, out ReportQuery query, out ProblemHttpResult? problem)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var zone = options.Zone;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var last = ParseDate("to", parameters.To, errors) ?? today;
        var first = ParseDate("from", parameters.From, errors) ?? last.AddDays(-(DefaultDays - 1));
        var grouping = ParseGrouping(parameters.GroupBy, errors);
        if (errors.Count == 0 && last < first)
        {
            errors["to"] = ["must not be before from"];
        }
        else if (errors.Count == 0 && !ReportRange.IsValid(first, last))
        {
            errors["to"] = [$"must make a range of at most {ReportRange.MaxDays} days with from (both included)"];
        }

        query = new ReportQuery(new ReportRange(first, last, zone), grouping);
        problem = errors.Count == 0 ? null : ApiProblem.Validation(errors);
        return problem is null;
    }

    private static DateOnly? ParseDate(string field, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date >= MinDate && date <= MaxDate)
        {
            return date;
        }

        errors[field] = [$"must be a date written YYYY-MM-DD, from {MinDate:yyyy-MM-dd} to {MaxDate:yyyy-MM-dd}"];
        return null;
    }

    private static ReportGrouping ParseGrouping(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ReportGrouping.Day;
        }

        foreach (var grouping in Enum.GetValues<ReportGrouping>())
        {
            if (StatusFilter.NameOf(grouping) == text)
            {
                return grouping;
            }
        }

        errors["groupBy"] = [$"must be one of: {string.Join(", ", Enum.GetValues<ReportGrouping>().Select(StatusFilter.NameOf))}"];
        return ReportGrouping.Day;
    }
}

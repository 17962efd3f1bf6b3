using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Cashless.WebApi.Reports;

/// <summary>
/// Reports answer JSON unless the client prefers CSV: <c>Accept: text/csv</c> with a quality at least that of any
/// JSON type it names (<c>application/json</c>, or a wildcard ranked below an explicit <c>text/csv</c>).
/// </summary>
public static class ReportFormat
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>The report as the client prefers it; either way the answer varies by <c>Accept</c>.</summary>
    public static Results<Ok<T>, ContentHttpResult, ProblemHttpResult> Answer<T>(HttpContext http, Func<string> csv, Func<T> json)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(json);
        http.Response.Headers.Vary = "Accept";
        return WantsCsv(http.Request) ? TypedResults.Text(csv(), CsvContentType) : TypedResults.Ok(json());
    }

    public static bool WantsCsv(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double csv = 0, json = 0;
        foreach (var type in accepted)
        {
            var quality = type.Quality ?? 1.0;
            if (type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
            {
                csv = Math.Max(csv, quality);
            }
            else if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                // An explicit JSON wins a tie: it is the default format.
                json = Math.Max(json, quality + 1e-9);
            }
        }

        return csv > 0 && csv >= json;
    }
}

using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Reports;

/// <summary>The query of every report, bound as it is written; <see cref="ReportQuery.TryParse"/> reads it.</summary>
public readonly record struct ReportParameters(
    [property: FromQuery(Name = "from"), Description("First local day, YYYY-MM-DD (default: 29 days before to)")] string? From,
    [property: FromQuery(Name = "to"), Description("Last local day, YYYY-MM-DD, included (default: today)")] string? To,
    [property: FromQuery(Name = "groupBy"), Description("day (default), week or month")] string? GroupBy);

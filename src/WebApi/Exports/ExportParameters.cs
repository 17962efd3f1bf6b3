using System.ComponentModel;
using Cashless.WebApi.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Exports;

/// <summary>The period of an export: local dates as in the reports (<see cref="ReportQuery"/>), no grouping.</summary>
public readonly record struct ExportParameters(
    [property: FromQuery(Name = "from"), Description("First local day, YYYY-MM-DD (default: 29 days before to)")] string? From,
    [property: FromQuery(Name = "to"), Description("Last local day, YYYY-MM-DD, included (default: today)")] string? To)
{
    public ReportParameters AsReport() => new(From, To, GroupBy: null);
}

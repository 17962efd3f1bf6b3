namespace Cashless.WebApi.Reports;

/// <summary>Endpoint metadata: the endpoint also answers <c>text/csv</c>, with this header row (see <see cref="ReportFormat"/>).</summary>
public sealed record CsvAlternative(string Header);

using Cashless.Bench.Audit;
using Cashless.Bench.Baseline;
using Cashless.Bench.Scenarios;

namespace Cashless.Bench.Reports;

/// <summary>Everything a run produced; written as JSON and rendered as Markdown.</summary>
internal sealed record BenchReport(
    string Scenario,
    string Command,
    DateTimeOffset StartedAt,
    double Seconds,
    MachineFacts Machine,
    PaperResult? Paper,
    StepsResult? Steps,
    TpcbComparison? Tpcb,
    IReadOnlyList<SoakSample>? Soak,
    AuditReport Audit,
    int ServerErrorCount,
    IReadOnlyList<string> ServerErrors);

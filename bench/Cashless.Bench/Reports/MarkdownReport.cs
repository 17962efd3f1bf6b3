using System.Globalization;
using System.Text;

namespace Cashless.Bench.Reports;

/// <summary>The run as Markdown on standard output: machine facts, the scenario's table, the audit.</summary>
internal static class MarkdownReport
{
    public static string Render(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var m = report.Machine;
        text.Append(CultureInfo.InvariantCulture, $"## Cashless bench: {report.Scenario}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"`{report.Command}` — {report.StartedAt:yyyy-MM-dd HH:mm} UTC, {report.Seconds:F0} s, commit {m.Commit}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- machine: {m.Cores} cores ({m.Cpu}), {m.MemoryGiB} GiB, {m.Os}\n");
        text.Append(CultureInfo.InvariantCulture, $"- .NET: {m.Dotnet}; load generator on the same machine\n");
        text.Append(CultureInfo.InvariantCulture, $"- system: {m.Url}, {m.Target}; store {m.Store}; cluster mode {m.ClusterMode}\n\n");
        if (report.Paper is { } paper)
        {
            text.Append(PaperTable.Render(paper)).Append('\n');
        }

        if (report.Steps is { } steps)
        {
            text.Append(StepsTable.Render(steps)).Append('\n');
        }

        if (report.Tpcb is { } tpcb)
        {
            text.Append("### TPC-B baseline on the same PostgreSQL\n\n").Append(tpcb.Describe()).Append("\n\n");
        }

        if (report.Soak is { } soak)
        {
            text.Append("### Soak, every sample\n\n")
                .Append(MarkdownTable.Render(["minute", "RSS MiB", "GC heap MiB", "activations", "store MiB"], soak.Select(s => s.Cells())))
                .Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"### Audit: {(report.Audit.Passed ? "passed" : "FAILED")}\n\n");
        text.Append(MarkdownTable.Render(["check", "verdict", "detail"],
            report.Audit.Checks.Select(c => (IReadOnlyList<string>)[c.Name, c.Verdict.ToString(), c.Detail]), 1, 2));
        foreach (var error in report.ServerErrors)
        {
            text.Append("\n- server log: ").Append(error);
        }

        return text.Append('\n').ToString();
    }
}

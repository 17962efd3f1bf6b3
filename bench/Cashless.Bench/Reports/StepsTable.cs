using System.Globalization;
using System.Text;
using Cashless.Bench.Scenarios;
using static Cashless.Bench.Reports.MarkdownTable;

namespace Cashless.Bench.Reports;

/// <summary>The ramp's (or lunch rush's) steps, one row each, and the answers that were not 2xx.</summary>
internal static class StepsTable
{
    private static readonly string[] Headers =
    [
        "step", "offered /s", "achieved /s", "payments ok /s", "requests", "success %", "mean ms", "p50 ms", "p95 ms",
        "p99 ms", "max ms", "send lag p99 ms", "server cores", "bench cores", "server CPU ms/payment", "store CPU ms/payment", "bytes/payment", "held",
    ];

    public static string Render(StepsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{result.Scenario}, mix {result.Mix}, {result.Wallets} wallets, bound p99 ≤ {result.P99BoundMs} ms and 100% success: **{result.Verdict}**\n\n");
        text.Append(MarkdownTable.Render(Headers, result.Steps.Select(Row), Headers.Length - 1));
        foreach (var step in result.Steps.Where(s => Answers.Summary(s.Answers, withSuccess: false).Length > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"\nstep {step.Step} failures: {Answers.Summary(step.Answers, withSuccess: false)}\n");
        }

        text.Append("\nPer operation p99 ms: ")
            .AppendJoin("; ", result.Steps.Select(s => $"step {s.Step}: " + string.Join(", ", s.Operations.Select(o => $"{o.Operation} {Ms(o.P99Ms)}"))))
            .Append('\n');
        return text.ToString();
    }

    private static string Held(StepResult s) => (s.Held, s.GeneratorLate) switch
    {
        (true, _) => "yes",
        (false, true) => "**no** (generator late)",
        _ => "**no**",
    };

    private static string[] Row(StepResult s) =>
    [
        s.Step.ToString(CultureInfo.InvariantCulture), Whole(s.OfferedRate), Whole(s.AchievedRate), Whole(s.PaymentsPerSecond),
        Whole(s.Requests), Percent(s.SuccessPercent), Ms(s.MeanMs), Ms(s.P50Ms), Ms(s.P95Ms), Ms(s.P99Ms), Ms(s.MaxMs),
        Ms(s.SendLagP99Ms), s.Cpu.ServerCores is { } server ? server.ToString("F2", CultureInfo.InvariantCulture) : "n/a",
        s.Cpu.BenchCores.ToString("F2", CultureInfo.InvariantCulture), s.Cost.CpuText, s.Cost.StoreCpuText, s.Cost.BytesText, Held(s),
    ];
}

using Cashless.Bench.Recording;
using Cashless.Bench.Scenarios;
using static Cashless.Bench.Reports.MarkdownTable;

namespace Cashless.Bench.Reports;

/// <summary>Our Table IV beside the paper's: success and mean latency side by side, then our connect, load and percentiles.</summary>
internal static class PaperTable
{
    private static readonly string[] Headers =
    [
        "feature", "paper success %", "our success %", "paper mean latency ms", "our mean latency ms",
        "connect ms", "load time ms", "p50 ms", "p95 ms", "p99 ms", "answers",
    ];

    public static string Render(PaperResult paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var stats in paper.Features)
        {
            if (stats.Operation == PaperFeatures.Payment)
            {
                rows.Add(Row("payment (buyer side)", stats, Percent(paper.Payment.BuyerPercent)));
                rows.Add(Row("payment (seller side)", stats, Percent(paper.Payment.SellerPercent)));
            }
            else
            {
                rows.Add(Row(stats.Operation, stats, Percent(stats.SuccessPercent)));
            }
        }

        var note = $"{paper.RequestsPerFeature} requests per feature over {paper.WindowMs} ms, open loop, each feature from a cold "
            + $"connection pool, after an unmeasured pass of {paper.WarmupPerFeature} requests per feature. Latency = intended send "
            + "→ response headers, load time = intended send → last byte (percentiles are of load time), connect = mean TCP "
            + "connect per request (0 on a reused connection). Payment sides are read from the wallets' balances afterwards.";
        return MarkdownTable.Render(Headers, rows, Headers.Length - 1) + "\n" + note + "\n\n" + PaperReference.Note + "\n";
    }

    private static string[] Row(string feature, OperationStats s, string ourSuccess)
    {
        var (paperSuccess, paperLatency) = PaperReference.For(feature);
        var answers = s.Missing ? "not implemented yet (" + Answers.Summary(s.Answers) + ")" : Answers.Summary(s.Answers);
        return [feature, paperSuccess, ourSuccess, paperLatency, Ms(s.MeanLatencyMs), Ms(s.MeanConnectMs), Ms(s.MeanLoadMs),
            Ms(s.P50Ms), Ms(s.P95Ms), Ms(s.P99Ms), answers];
    }
}

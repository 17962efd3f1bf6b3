using Cashless.Bench.Audit;
using Cashless.Bench.Load;
using Cashless.Bench.Recording;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// The source paper's experiment: each feature in turn gets --requests requests spread evenly over --window-ms,
/// open loop, from a cold connection pool (so connect times are measured as a fresh JMeter run would see them), then
/// a pause of half a window so one feature's tail does not land on the next. An unmeasured pass of --paper-warmup
/// requests per feature goes first (indices after the measured ones, so every request is still unique).
/// </summary>
internal sealed class PaperScenario : IScenario
{
    private const long PaymentAmount = 1_000;

    public async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (n, warmup) = (context.Options.Requests, context.Options.PaperWarmup);
        var builder = new PopulationBuilder(context);
        await context.Log.WriteLineAsync("set-up: paper wallets, funding and logout sessions...");
        var wallets = await PaperPopulation.CreateAsync(context, builder, n + warmup, PaymentAmount);
        var features = PaperFeatures.All(context, wallets, builder, PaymentAmount);
        if (warmup > 0)
        {
            await context.Log.WriteLineAsync($"warm-up: {warmup} requests per feature, not measured...");
            await RunPassAsync(context, features, Enumerable.Range(n, warmup));
            await InFlightResolver.DrainAsync(context);
        }

        // Only the measured payments move these groups' money from here on, so their balances tell each side's success.
        var buyersBefore = await WalletProbe.SumAsync(context, wallets.Payers);
        var sellersBefore = await WalletProbe.SumAsync(context, wallets.Sellers);
        var rows = await RunPassAsync(context, features, Enumerable.Range(0, n));
        await InFlightResolver.DrainAsync(context);
        var sides = new PaymentSides(n * PaymentAmount,
            buyersBefore - await WalletProbe.SumAsync(context, wallets.Payers),
            await WalletProbe.SumAsync(context, wallets.Sellers) - sellersBefore);
        return new ScenarioResult(Paper: new PaperResult(n, context.Options.WindowMs, warmup, rows, sides));
    }

    private static async Task<List<OperationStats>> RunPassAsync(BenchContext context, IReadOnlyList<PaperFeature> features, IEnumerable<int> indices)
    {
        var options = context.Options;
        var rows = new List<OperationStats>();
        foreach (var feature in features)
        {
            var calls = indices.Select(feature.Make).ToList();
            using var cold = context.NewHttp();
            var burst = await Burst.RunAsync(context, calls, calls.Count * 1000.0 / options.WindowMs, warmup: 0, cold);
            var stats = burst.Recorder.Operations().Single();
            rows.Add(stats);
            await context.Log.WriteLineAsync($"  {feature.Name}: {stats.SuccessPercent:F0}% ok, mean {stats.MeanLatencyMs:F1} ms, p99 {stats.P99Ms:F1} ms");
            await Task.Delay(options.WindowMs / 2, context.Cancel);
        }

        return rows;
    }
}

using Cashless.Bench.Setup;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// Open-loop rate stepped up by --factor from --start-rate until a step has a failure or a p99 above --p99-ms;
/// reports the highest offered rate that held.
/// </summary>
internal sealed class RampScenario : IScenario
{
    public async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var mix = await PrepareAsync(context);
        var random = new Random(options.Seed);
        var steps = new List<StepResult>();
        var rate = options.StartRate;
        for (var step = 1; step <= options.MaxSteps; step++, rate *= options.Factor)
        {
            var result = await StepRunner.RunAsync(context, mix, step, rate, random);
            steps.Add(result);
            await context.Log.WriteLineAsync($"  achieved {result.AchievedRate:F0}/s, success {result.SuccessPercent:F2}%, p99 {result.P99Ms:F1} ms");
            if (!result.Held)
            {
                break;
            }
        }

        var held = steps.LastOrDefault(s => s.Held)?.OfferedRate;
        var verdict = held is null ? "no step held" : $"held up to {held:F0}/s offered";
        return new ScenarioResult(Steps: new StepsResult("ramp", mix.Name, options.Accounts, options.P99Ms, steps, held, verdict));
    }

    private static async Task<TrafficMix> PrepareAsync(BenchContext context)
    {
        var options = context.Options;
        var builder = new PopulationBuilder(context);
        await context.Log.WriteLineAsync($"set-up: {options.Accounts} wallets for {options.Mix}...");
        var wallets = await builder.CreateAsync("ramp", options.Accounts, "buyer");
        var limits = context.Limits;
        await builder.FundAsync(wallets, options.Mix == "balance-reads" ? limits.MinTopUp : limits.MaxBalance / 2);
        switch (options.Mix)
        {
            case "balance-reads":
                return Mixes.BalanceReads(wallets);
            case "hot-merchant":
                var merchant = (await builder.CreateAsync("merchant", 1, "seller"))[0];
                return Mixes.HotMerchant(context, wallets, merchant, MaxAmount(context, 1, preferred: 1_000));
            default:
                return Mixes.RandomPayments(context, wallets, MaxAmount(context, wallets.Count, preferred: 1_000));
        }
    }

    /// <summary>Amounts sized for the most payments the ramp could send if every step held.</summary>
    private static long MaxAmount(BenchContext context, int receivers, long preferred)
    {
        var options = context.Options;
        var seconds = options.WarmupSeconds + options.StepSeconds;
        var offered = Enumerable.Range(0, options.MaxSteps).Sum(k => options.StartRate * Math.Pow(options.Factor, k) * seconds);
        return AmountPlan.MaxAmount(offered * 0.8 / receivers, context.Limits.MaxBalance, preferred);
    }
}

using Cashless.Bench.Setup;

namespace Cashless.Bench.Scenarios;

/// <summary>A school's lunch break: --students paying --merchants (hot accounts) at --rate for --duration-seconds.</summary>
internal sealed class LunchRushScenario : IScenario
{
    public async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var (mix, wallets) = await PrepareAsync(context);
        var step = await StepRunner.RunAsync(context, mix, 1, options.Rate, new Random(options.Seed));
        var verdict = step.Held ? $"held at {options.Rate:F0}/s" : $"did not hold at {options.Rate:F0}/s";
        return new ScenarioResult(Steps: new StepsResult("lunch-rush", mix.Name, wallets, options.P99Ms, [step], step.Held ? options.Rate : null, verdict));
    }

    /// <summary>The students and merchants, funded for --rate over the warm-up and --duration-seconds; the mix, and how many wallets.</summary>
    public static async Task<(TrafficMix Mix, int Wallets)> PrepareAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var builder = new PopulationBuilder(context);
        await context.Log.WriteLineAsync($"set-up: {options.Students} students, {options.Merchants} merchants...");
        var students = await builder.CreateAsync("student", options.Students, "buyer");
        var merchants = await builder.CreateAsync("merchant", options.Merchants, "seller");
        var payments = options.Rate * (options.WarmupSeconds + options.DurationSeconds) * 0.9;
        var limits = context.Limits;
        var maxAmount = AmountPlan.MaxAmount(payments / merchants.Count, limits.MaxBalance, preferred: 15_000);
        var spend = (long)(payments / students.Count * maxAmount);
        await builder.FundAsync(students, Math.Clamp(2 * spend, limits.MinTopUp, limits.MaxBalance / 2));
        return (Mixes.LunchRush(context, students, merchants, maxAmount), students.Count + merchants.Count);
    }
}

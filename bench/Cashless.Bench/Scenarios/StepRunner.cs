using Cashless.Bench.Load;
using Cashless.Bench.Target;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// Runs one open-loop step of a mix: warm-up (sent, not measured), then the measured seconds; prints and records what
/// an accepted payment cost the server (CPU) and the store (bytes) over the step.
/// </summary>
internal static class StepRunner
{
    public static async Task<StepResult> RunAsync(BenchContext context, TrafficMix mix, int step, double rate, Random random)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mix);
        var options = context.Options;
        var warmup = (int)(rate * options.WarmupSeconds);
        var calls = mix.Plan(warmup + (int)(rate * Seconds(context)), random);
        await context.Log.WriteLineAsync($"step {step}: {rate:F0}/s, {calls.Count} requests of {mix.Name}...");
        var storeBefore = await StoreSize.MeasureAsync(context.Target, context.Cancel);
        var burst = await Burst.RunAsync(context, calls, rate, warmup);
        var cost = StepCost.Of(burst.AcceptedPayments, burst.Cpu, storeBefore, await StoreSize.MeasureAsync(context.Target, context.Cancel));
        await context.Log.WriteLineAsync($"  {cost.Describe()}");
        var all = burst.Recorder.All();
        return new StepResult(step, rate, burst.AchievedRate, burst.SucceededPerSecond(Operations.Payment), all.Requests,
            all.SuccessPercent, all.MeanLoadMs, all.P50Ms, all.P95Ms, all.P99Ms, all.MaxMs, burst.Recorder.SendLagP99Ms(),
            burst.Cpu, burst.NewConnections, Held: all.Succeeded == all.Requests && all.P99Ms <= options.P99Ms,
            GeneratorLate: burst.Recorder.SendLagP99Ms() > options.P99Ms / 2, burst.Recorder.Operations(), all.Answers, cost);
    }

    /// <summary>Measured seconds per step: --step-seconds for a ramp, --duration-seconds for a lunch rush or a soak.</summary>
    public static int Seconds(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Options.Scenario is "lunch-rush" or "soak" ? context.Options.DurationSeconds : context.Options.StepSeconds;
    }
}

using System.Diagnostics;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// The lunch-rush mix held at --rate for --duration-seconds (issue 9: ten minutes at half the held rate), with a look
/// at the server's memory, activations and store every --sample-seconds: they should level off after the warm-up while
/// the store grows only by what the payments add. Holds with zero errors; the audit runs after it as always.
/// </summary>
internal sealed class SoakScenario : IScenario
{
    public async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var (mix, wallets) = await LunchRushScenario.PrepareAsync(context);
        var clock = Stopwatch.StartNew();
        var samples = new List<SoakSample> { await SoakSample.TakeAsync(context, 0) };
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.Cancel);
        var sampling = SampleAsync(context, samples, clock, done.Token);
        var step = await StepRunner.RunAsync(context, mix, 1, options.Rate, new Random(options.Seed));
        await done.CancelAsync();
        await sampling;
        samples.Add(await SoakSample.TakeAsync(context, clock.Elapsed.TotalSeconds));

        var errors = step.Requests - (long)Math.Round(step.Requests * step.SuccessPercent / 100);
        var held = errors == 0;
        var verdict = $"{(held ? "held" : "did not hold")} at {options.Rate:F0}/s for {options.DurationSeconds} s ({errors} errors)";
        return new ScenarioResult(
            Steps: new StepsResult("soak", mix.Name, wallets, options.P99Ms, [step], held ? options.Rate : null, verdict), Soak: samples);
    }

    private static async Task SampleAsync(BenchContext context, List<SoakSample> samples, Stopwatch clock, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(context.Options.SampleSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var sample = await SoakSample.TakeAsync(context, clock.Elapsed.TotalSeconds);
                samples.Add(sample);
                await context.Log.WriteLineAsync($"  soak {sample.Describe()}");
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The load is over; the last sample is taken by the caller.
        }
    }
}

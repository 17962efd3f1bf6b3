using System.Diagnostics;
using Cashless.Bench.Http;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// Payments between random wallets at --rate for one step, then the same step with an online backup of the store
/// (<c>POST /admin/backups</c>) started as its measured seconds begin: both steps' p99 side by side, and how long the
/// backup took until it was verified and listed. It holds when every request of both steps succeeded.
/// </summary>
internal sealed class BackupScenario : IScenario
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan BackupDeadline = TimeSpan.FromMinutes(10);

    public async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var builder = new PopulationBuilder(context);
        await context.Log.WriteLineAsync($"set-up: {options.Accounts} wallets...");
        var wallets = await builder.CreateAsync("backup", options.Accounts, "buyer");
        var payments = 2 * options.Rate * (options.WarmupSeconds + options.StepSeconds);
        var maxAmount = AmountPlan.MaxAmount(payments / wallets.Count, context.Limits.MaxBalance, preferred: 1_000);
        await builder.FundAsync(wallets, context.Limits.MaxBalance / 2);

        var random = new Random(options.Seed);
        var quiet = await StepRunner.RunAsync(context, Mixes.RandomPayments(context, wallets, maxAmount), 1, options.Rate, random);
        var backup = BackUpAfterAsync(context, TimeSpan.FromSeconds(options.WarmupSeconds));
        var during = await StepRunner.RunAsync(context, Mixes.RandomPayments(context, wallets, maxAmount), 2, options.Rate, random);
        var taken = await backup;

        var held = quiet.SuccessPercent == 100 && during.SuccessPercent == 100;
        var verdict = $"p99 {quiet.P99Ms:F1} ms without a backup, {during.P99Ms:F1} ms with one ({taken}): {(held ? "held" : "did not hold")}";
        await context.Log.WriteLineAsync("  " + verdict);
        return new ScenarioResult(Steps: new StepsResult("backup", "random payments, then random payments + a backup", wallets.Count,
            options.P99Ms, [quiet, during], held ? options.Rate : null, verdict));
    }

    /// <summary>Starts a backup after <paramref name="delay"/> and waits until it is listed (verified) or failed.</summary>
    private static async Task<string> BackUpAfterAsync(BenchContext context, TimeSpan delay)
    {
        await Task.Delay(delay, context.Cancel);
        var clock = Stopwatch.StartNew();
        var started = await context.Http.SendAsync(Api.StartBackup(context.AdminToken), context.Cancel);
        if (started.Status != 202)
        {
            return $"backup not started: {started.Describe()}";
        }

        var id = started.Json().GetProperty("id").GetString()!;
        while (clock.Elapsed < BackupDeadline)
        {
            await Task.Delay(PollInterval, context.Cancel);
            var list = await context.Http.SendAsync(Api.Backups(context.AdminToken), context.Cancel);
            if (!list.IsSuccess)
            {
                continue;
            }

            var body = list.Json();
            if (body.GetProperty("items").EnumerateArray().FirstOrDefault(b => b.GetProperty("id").GetString() == id) is { ValueKind: not System.Text.Json.JsonValueKind.Undefined } kept)
            {
                return $"backup of {kept.GetProperty("sizeBytes").GetInt64() / 1_000_000.0:F1} MB verified and listed {clock.Elapsed.TotalSeconds:F1} s after it was asked for";
            }

            if (body.GetProperty("failed").EnumerateArray().Any(f => f.GetProperty("id").GetString() == id))
            {
                return $"backup failed after {clock.Elapsed.TotalSeconds:F1} s";
            }
        }

        return $"backup not listed within {BackupDeadline.TotalMinutes:F0} min";
    }
}

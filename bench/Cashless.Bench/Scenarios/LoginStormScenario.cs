using Cashless.Bench.Setup;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// Payments between random wallets at --rate, first alone, then with --login-rate logins a second on top (a password
/// hash each); holds when every request succeeds and the payments' p99 rises by no more than 20%.
/// </summary>
internal sealed class LoginStormScenario : IScenario
{
    private const double AllowedRise = 0.20;

    public async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var builder = new PopulationBuilder(context);
        await context.Log.WriteLineAsync($"set-up: {options.Accounts} wallets...");
        var wallets = await builder.CreateAsync("storm", options.Accounts, "buyer");
        var payments = 2 * options.Rate * (options.WarmupSeconds + options.StepSeconds);
        var maxAmount = AmountPlan.MaxAmount(payments / wallets.Count, context.Limits.MaxBalance, preferred: 1_000);
        await builder.FundAsync(wallets, context.Limits.MaxBalance / 2);

        var random = new Random(options.Seed);
        var alone = await StepRunner.RunAsync(context, Mixes.PaymentsWithLogins(context, wallets, maxAmount, options.Rate, 0), 1, options.Rate, random);
        var storm = await StepRunner.RunAsync(context, Mixes.PaymentsWithLogins(context, wallets, maxAmount, options.Rate, options.LoginRate), 2,
            options.Rate + options.LoginRate, random);

        var before = PaymentP99(alone);
        var during = PaymentP99(storm);
        var held = alone.SuccessPercent == 100 && storm.SuccessPercent == 100 && during <= before * (1 + AllowedRise);
        var verdict = $"payment p99 {before:F1} ms alone, {during:F1} ms with {options.LoginRate:F0} logins/s "
            + $"({(during / before - 1) * 100:+0;-0}%, allowed +{AllowedRise * 100:F0}%): {(held ? "held" : "did not hold")}";
        return new ScenarioResult(Steps: new StepsResult("login-storm", "payments, then payments + logins", wallets.Count,
            options.P99Ms, [alone, storm], held ? options.Rate : null, verdict));
    }

    private static double PaymentP99(StepResult step) => step.Operations.Single(o => o.Operation == Operations.Payment).P99Ms;
}

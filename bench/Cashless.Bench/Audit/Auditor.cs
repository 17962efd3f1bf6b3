namespace Cashless.Bench.Audit;

/// <summary>
/// The audit run after every scenario (and alone): refusal probes, then settle what is undecided or in flight, then
/// compare balances, look up what was created, and read the overview's conservation check.
/// </summary>
internal static class Auditor
{
    public static async Task<AuditReport> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Log.WriteLineAsync("audit...");
        var checks = new List<AuditCheck>
        {
            await RefusalProbes.RunAsync(context),
            await UnsettledResolver.RunAsync(context),
            await InFlightAsync(context),
            await BalanceCheck.RunAsync(context),
        };
        checks.Add(AuditCheck.Of("answers follow the contract", context.Ledger.MalformedAnswers(),
            "every money answer had the fields api.md promises"));
        checks.AddRange(await RecordCheck.RunAsync(context));
        checks.Add(await ConservationCheck.RunAsync(context));
        if (context.Target.Server is { } server)
        {
            checks.Add(server.Log.ErrorCount == 0
                ? new AuditCheck("server log", CheckVerdict.Passed, "no fail/crit entries")
                : new AuditCheck("server log", CheckVerdict.Warning, $"{server.Log.ErrorCount} fail/crit entries, first: {server.Log.Errors()[0]}"));
        }

        return new AuditReport(checks);
    }

    private static async Task<AuditCheck> InFlightAsync(BenchContext context)
    {
        var open = await InFlightResolver.DrainAsync(context);
        return open == 0
            ? new AuditCheck("payments in flight", CheckVerdict.Passed, "none left in flight")
            : new AuditCheck("payments in flight", CheckVerdict.Failed,
                $"{open} payment(s) answered in_flight were neither completed nor reversed within {InFlightResolver.Deadline.TotalSeconds} s");
    }
}

namespace Cashless.Bench.Audit;

/// <summary>
/// Asks again, with the same idempotency key, every money request whose answer never came (no answer, 5xx, 429,
/// request_in_progress): the replay tells what the first attempt decided, or decides it now, never twice.
/// </summary>
internal static class UnsettledResolver
{
    private const int Tries = 5;

    public static async Task<AuditCheck> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pending = context.Ledger.TakeUnsettled();
        var asked = pending.Count;
        for (var attempt = 1; attempt <= Tries && pending.Count > 0; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(attempt == 1 ? 0 : 1), context.Cancel);
            await Parallel.ForEachAsync(pending, AuditCalls.Options(context),
                async (request, ct) => context.Ledger.Settle(request, await context.Http.SendAsync(request.Call, ct)));

            pending = context.Ledger.TakeUnsettled();
        }

        foreach (var request in pending)
        {
            context.Ledger.Uncertain(request.Accounts);
        }

        return pending.Count == 0
            ? new AuditCheck("undecided answers", CheckVerdict.Passed, asked == 0
                ? "every money request got a decided answer"
                : $"{asked} request(s) without a decided answer were asked again with their key and are now decided")
            : new AuditCheck("undecided answers", CheckVerdict.Failed,
                $"{pending.Count} of {asked} request(s) still undecided after {Tries} replays; their wallets are left out of the balance check");
    }
}

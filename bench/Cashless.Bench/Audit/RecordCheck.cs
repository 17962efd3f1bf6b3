using System.Collections.Concurrent;
using Cashless.Bench.Http;
using Cashless.Bench.Ledger;

namespace Cashless.Bench.Audit;

/// <summary>
/// Nothing answered 2xx is missing: each created payment and top-up (or a random sample of --audit-sample) is found
/// by its GET, and payments refused after their debit read as reversed.
/// </summary>
internal static class RecordCheck
{
    public static async Task<IReadOnlyList<AuditCheck>> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var checks = new List<AuditCheck>();
        foreach (var kind in context.Ledger.CreatedRecords().GroupBy(r => r.Kind))
        {
            checks.Add(await FoundAsync(context, kind.Key, [.. kind]));
        }

        var reversed = context.Ledger.ReversedPayments();
        if (reversed.Count > 0)
        {
            var problems = await ProblemsAsync(context, reversed, r => Api.Payment(r.Payer.Token, r.PaymentId),
                (r, answer) => answer.Status == 200 && answer.Json().GetProperty("status").GetString() == "reversed"
                    ? null
                    : $"{r.PaymentId}: {answer.Describe()}");
            checks.Add(AuditCheck.Of("refused payments reversed", problems, $"all {reversed.Count} refused-after-debit payments read as reversed"));
        }

        return checks;
    }

    private static async Task<AuditCheck> FoundAsync(BenchContext context, string kind, List<CreatedRecord> records)
    {
        var sample = records.Count <= context.Options.AuditSample
            ? records
            : [.. records.OrderBy(_ => Random.Shared.Next()).Take(context.Options.AuditSample)];
        var problems = await ProblemsAsync(context, sample, r => r.Lookup,
            (r, answer) => answer.Status == 200 ? null : $"{r.Id}: {answer.Describe()}");
        var name = $"{kind}s answered 2xx are stored";
        var scope = sample.Count == records.Count ? $"all {records.Count}" : $"a sample of {sample.Count} of {records.Count}";
        var endpointMissing = kind != "payment" && problems.Count == sample.Count
            && problems.All(p => p.Contains(": 404", StringComparison.Ordinal));
        return endpointMissing
            ? new AuditCheck(name, CheckVerdict.NotAvailable, $"every GET of a {kind} answers 404: the endpoint is not there yet")
            : AuditCheck.Of(name, problems, $"{scope} found by GET");
    }

    private static async Task<List<string>> ProblemsAsync<T>(BenchContext context, IReadOnlyList<T> items,
        Func<T, ApiCall> lookup, Func<T, CallResult, string?> problem)
    {
        var problems = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(items, AuditCalls.Options(context), async (item, ct) =>
        {
            if (problem(item, await context.Http.SendAsync(lookup(item), ct)) is { } found)
            {
                problems.Add(found);
            }
        });
        return [.. problems];
    }
}

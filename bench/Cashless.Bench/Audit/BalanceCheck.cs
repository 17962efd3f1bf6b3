using System.Collections.Concurrent;

namespace Cashless.Bench.Audit;

/// <summary>Every tracked wallet's real balance equals what the decided answers imply (so no 4xx took effect either).</summary>
internal static class BalanceCheck
{
    public static async Task<AuditCheck> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ledger = context.Ledger;
        var accounts = ledger.Accounts().Where(a => !ledger.IsUncertain(a.Id)).ToList();
        var problems = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(accounts, AuditCalls.Options(context), async (account, ct) =>
        {
            var (balance, answer) = await WalletProbe.ReadAsync(context, account, ct);
            var expected = ledger.Expected(account.Id);
            if (balance != expected)
            {
                problems.Add(balance is null
                    ? $"{account.Email}: GET /wallet answered {answer}"
                    : $"{account.Email}: balance {balance}, expected {expected} (off by {balance - expected})");
            }
        });
        var skipped = ledger.Accounts().Count - accounts.Count;
        return AuditCheck.Of("balances", [.. problems],
            $"all {accounts.Count} wallets hold exactly what the accepted requests imply" + (skipped > 0 ? $" ({skipped} uncertain left out)" : ""));
    }
}

using Cashless.Bench.Http;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Audit;

/// <summary>Reads wallets' real balances (GET /wallet with each owner's token).</summary>
internal static class WalletProbe
{
    /// <summary>The balance, or null with the answer's description when the wallet could not be read.</summary>
    public static async Task<(long? Balance, string Answer)> ReadAsync(BenchContext context, Account account, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        var answer = await context.Http.SendAsync(Api.Wallet(account.Token), ct);
        return answer.Status == 200 ? (answer.Json().GetProperty("balance").GetInt64(), "200") : (null, answer.Describe());
    }

    public static async Task<long> SumAsync(BenchContext context, IEnumerable<Account> accounts)
    {
        long sum = 0;
        await Parallel.ForEachAsync(accounts, AuditCalls.Options(context), async (account, ct) =>
        {
            var (balance, answer) = await ReadAsync(context, account, ct);
            Interlocked.Add(ref sum, balance ?? throw new InvalidOperationException($"GET /wallet of {account.Email}: {answer}"));
        });
        return sum;
    }
}

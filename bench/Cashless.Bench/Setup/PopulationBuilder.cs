using Cashless.Bench.Http;
using Cashless.Bench.Ledger;

namespace Cashless.Bench.Setup;

/// <summary>Set-up, not measured: registers wallets, signs them in, and funds them at the admin's cash desk.</summary>
internal sealed class PopulationBuilder(BenchContext context)
{
    public const string Password = "Bench-Password-1";
    private const int Parallelism = 8;

    public string Email(string group, int index) => $"{group}-{index}-{context.RunId}@bench.cashless.test";

    public async Task<IReadOnlyList<Account>> CreateAsync(string group, int count, string role)
    {
        var accounts = new Account[count];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), Options(), async (i, ct) =>
        {
            accounts[i] = await CreateOneAsync(Email(group, i), role, ct);
            if (Interlocked.Increment(ref done) % 250 == 0)
            {
                await context.Log.WriteLineAsync($"  {group}: {done}/{count} wallets");
            }
        });
        await context.Log.WriteLineAsync($"  {group}: {count} wallets registered and signed in ({clock.Elapsed.TotalSeconds:F1} s)");
        if (count > 0 && ReferenceEquals(context.Limits, WalletLimits.Default))
        {
            var wallet = await context.Http.SendAsync(Api.Wallet(accounts[0].Token), context.Cancel);
            context.Limits = WalletLimits.From(SetupFailedException.Require(wallet, 200, "GET /wallet").Json());
        }

        return accounts;
    }

    public async Task<string> LoginAsync(string email, CancellationToken ct)
    {
        var answer = SetupFailedException.Require(await context.Http.SendAsync(Api.Login(email, Password), ct), 200, $"login {email}");
        return answer.Json().GetProperty("token").GetString()!;
    }

    /// <summary>Credits each wallet with <paramref name="amount"/>, in cash-desk top-ups no larger than the server allows.</summary>
    public Task FundAsync(IEnumerable<Account> accounts, long amount) =>
        Parallel.ForEachAsync(accounts, Options(), async (account, ct) =>
        {
            for (var left = amount; left > 0;)
            {
                var chunk = Math.Min(left, context.Limits.MaxTransactionAmount);
                var call = Api.AdminTopUp(context.AdminToken, account.Id, chunk, context.Keys.Next());
                var request = new TopUpRequest(call, account, chunk, CreditsAtOnce: true);
                var answer = await context.Http.SendAsync(request.Call, ct);
                context.Ledger.Settle(request, SetupFailedException.Require(answer, 201, $"fund {account.Email}"));
                left -= chunk;
            }
        });

    private async Task<Account> CreateOneAsync(string email, string role, CancellationToken ct)
    {
        var registered = await context.Http.SendAsync(Api.Register("Bench " + role, email, Password, role), ct);
        var id = SetupFailedException.Require(registered, 201, $"register {email}").Json().GetProperty("id").GetString()!;
        var account = new Account(id, email, role, await LoginAsync(email, ct));
        context.Ledger.Track(account);
        return account;
    }

    private ParallelOptions Options() => new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = context.Cancel };
}

using Cashless.Bench.Setup;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// The paper scenario's wallets, in groups that no other feature's money touches, so the payment feature's buyer-side
/// and seller-side success can be read from the groups' balances: payers pay sellers and nothing else moves their money.
/// </summary>
internal sealed record PaperPopulation(
    IReadOnlyList<Account> Payers,
    IReadOnlyList<Account> Sellers,
    IReadOnlyList<Account> TopUpTargets,
    IReadOnlyList<Account> Withdrawers,
    IReadOnlyList<string> LogoutTokens)
{
    public IReadOnlyList<Account> Readers => [.. Payers, .. Sellers];

    /// <summary>Wallets for <paramref name="n"/> requests per feature (warm-up and measured together).</summary>
    public static async Task<PaperPopulation> CreateAsync(BenchContext context, PopulationBuilder builder, int n, long paymentAmount)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(builder);
        var payers = await builder.CreateAsync("payer", Math.Min(10, n), "buyer");
        var sellers = await builder.CreateAsync("seller", Math.Min(2, n), "seller");
        var targets = await builder.CreateAsync("topup", Math.Min(5, n), "buyer");
        var withdrawers = await builder.CreateAsync("withdraw", Math.Min(5, n), "seller");
        var leavers = await builder.CreateAsync("leaver", Math.Min(5, n), "buyer");

        var limits = context.Limits;
        await builder.FundAsync(payers, Math.Max(limits.MinTopUp, 2 * PerWallet(n, payers) * paymentAmount));
        await builder.FundAsync(withdrawers, Math.Max(limits.MinTopUp, PerWallet(n, withdrawers) * limits.MinWithdrawal));

        // Each logout needs a session of its own: one extra login per request.
        var tokens = new string[n];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = context.Cancel };
        await Parallel.ForEachAsync(Enumerable.Range(0, n), parallel,
            async (i, ct) => tokens[i] = await builder.LoginAsync(leavers[i % leavers.Count].Email, ct));
        return new PaperPopulation(payers, sellers, targets, withdrawers, tokens);
    }

    private static long PerWallet(int requests, IReadOnlyList<Account> wallets) => (requests + wallets.Count - 1) / wallets.Count;
}

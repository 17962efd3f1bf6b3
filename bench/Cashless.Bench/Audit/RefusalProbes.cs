using Cashless.Bench.Http;
using Cashless.Bench.Ledger;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Audit;

/// <summary>
/// Requests that a correct server must refuse, sent on two fresh wallets. Their answers are booked like any other, so
/// if one were accepted the balance check would follow its effect; the check here is that each got its 4xx.
/// </summary>
internal static class RefusalProbes
{
    public static async Task<AuditCheck> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = new PopulationBuilder(context);
        var wallets = await builder.CreateAsync("probe", 2, "buyer");
        var (payer, payee) = (wallets[0], wallets[1]);
        var limits = context.Limits;
        await builder.FundAsync([payer], limits.MinTopUp);

        var problems = new List<string>();
        foreach (var (name, request, expected) in Probes(context, payer, payee, limits))
        {
            var answer = await context.Http.SendAsync(request.Call, context.Cancel);
            context.Ledger.Settle(request, answer);
            if (answer.Describe() != expected && !(request is WithdrawalRequest && answer.Status == 404))
            {
                problems.Add($"{name}: expected {expected}, got {answer.Describe()}");
            }
        }

        return AuditCheck.Of("refused requests", problems,
            "overdraft, self-payment, unknown payee, zero amount and over-withdrawal all refused");
    }

    private static IEnumerable<(string Name, MoneyRequest Request, string Expected)> Probes(
        BenchContext context, Account payer, Account payee, WalletLimits limits)
    {
        MoneyRequest Pay(Account to, long amount) =>
            new PaymentRequest(Api.Pay(payer.Token, to.Id, amount, context.Keys.Next()), payer, to.Id, amount);
        var stranger = payee with { Id = "usr_0000000000000000bench" };
        yield return ("overdraft", Pay(payee, limits.MinTopUp + 1), "422 insufficient_funds");
        yield return ("self-payment", Pay(payer, 1), "422 self_payment");
        yield return ("unknown payee", Pay(stranger, 1), "404 not_found");
        yield return ("zero amount", Pay(payee, 0), "400 validation_failed");
        var over = limits.MinTopUp + limits.MinWithdrawal;
        var withdrawal = new WithdrawalRequest(Api.Withdraw(payer.Token, over, context.Keys.Next()), payer, over);
        yield return ("over-withdrawal", withdrawal, "422 insufficient_funds");
    }
}

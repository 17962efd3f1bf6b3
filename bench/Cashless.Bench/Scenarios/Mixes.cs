using Cashless.Bench.Http;
using Cashless.Bench.Ledger;
using Cashless.Bench.Load;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Scenarios;

/// <summary>The traffic mixes of ramp and lunch-rush: who pays whom, and how many reads come with the payments.</summary>
internal static class Mixes
{
    /// <summary>Payments between random wallets, plus the balance and journal reads of a canteen day.</summary>
    public static TrafficMix RandomPayments(BenchContext context, IReadOnlyList<Account> wallets, long maxAmount) =>
        Canteen("random-payments", context, wallets, r => Any(r, wallets), maxAmount);

    /// <summary>Random payments, plus (when <paramref name="loginRate"/> is above 0) logins at that share of the rate.</summary>
    public static TrafficMix PaymentsWithLogins(BenchContext context, IReadOnlyList<Account> wallets, long maxAmount, double paymentRate, double loginRate) =>
        loginRate > 0
            ? new("payments + logins", [Payments(paymentRate, context, wallets, r => Any(r, wallets), maxAmount), Logins(loginRate, wallets)])
            : new("payments", [Payments(1, context, wallets, r => Any(r, wallets), maxAmount)]);

    /// <summary>Every payment goes to one merchant: the hot account that needs group commit.</summary>
    public static TrafficMix HotMerchant(BenchContext context, IReadOnlyList<Account> buyers, Account merchant, long maxAmount) =>
        Canteen("hot-merchant", context, buyers, _ => merchant, maxAmount);

    public static TrafficMix BalanceReads(IReadOnlyList<Account> wallets) =>
        new("balance-reads", [new TrafficMix.Part(1, Operations.Balance, r => Read(Operations.Balance, Any(r, wallets)))]);

    /// <summary>Students paying the canteen's merchants, glancing at their balance now and then.</summary>
    public static TrafficMix LunchRush(BenchContext context, IReadOnlyList<Account> students, IReadOnlyList<Account> merchants, long maxAmount) =>
        new("lunch-rush",
        [
            new TrafficMix.Part(0.9, Operations.Payment, r => Pay(context, Any(r, students), Any(r, merchants), AmountPlan.Draw(r, maxAmount))),
            new TrafficMix.Part(0.1, Operations.Balance, r => Read(Operations.Balance, Any(r, students))),
        ]);

    private static TrafficMix Canteen(string name, BenchContext context, IReadOnlyList<Account> payers,
        Func<Random, Account> payee, long maxAmount) =>
        new(name,
        [
            Payments(0.80, context, payers, payee, maxAmount),
            new TrafficMix.Part(0.15, Operations.Balance, r => Read(Operations.Balance, Any(r, payers))),
            new TrafficMix.Part(0.05, Operations.TransactionLog, r => Read(Operations.TransactionLog, Any(r, payers))),
        ]);

    /// <summary>Payments from a random payer to <paramref name="payee"/>'s pick (never to the payer itself).</summary>
    public static TrafficMix.Part Payments(double share, BenchContext context, IReadOnlyList<Account> payers,
        Func<Random, Account> payee, long maxAmount) =>
        new(share, Operations.Payment, r =>
        {
            var payer = Any(r, payers);
            var to = payee(r);
            return Pay(context, payer, to == payer ? Other(r, payers, payer) : to, AmountPlan.Draw(r, maxAmount));
        });

    /// <summary>Logins of random wallets with the password the tool gave them: one password hash each.</summary>
    public static TrafficMix.Part Logins(double share, IReadOnlyList<Account> wallets) =>
        new(share, Operations.Login, r => new PlannedCall(Operations.Login, Api.Login(Any(r, wallets).Email, PopulationBuilder.Password)));

    public static PlannedCall Pay(BenchContext context, Account payer, Account payee, long amount)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payer);
        ArgumentNullException.ThrowIfNull(payee);
        var call = Api.Pay(payer.Token, payee.Id, amount, context.Keys.Next());
        return PlannedCall.Of(Operations.Payment, new PaymentRequest(call, payer, payee.Id, amount));
    }

    private static PlannedCall Read(string operation, Account account) =>
        new(operation, operation == Operations.Balance ? Api.Wallet(account.Token) : Api.Transactions(account.Token));

    private static Account Any(Random random, IReadOnlyList<Account> accounts) => accounts[random.Next(accounts.Count)];

    private static Account Other(Random random, IReadOnlyList<Account> accounts, Account not)
    {
        while (true)
        {
            var pick = Any(random, accounts);
            if (pick != not || accounts.Count == 1)
            {
                return pick;
            }
        }
    }
}

using Cashless.Bench.Http;
using Cashless.Bench.Ledger;
using Cashless.Bench.Load;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Scenarios;

/// <summary>The thirteen features of the paper's Table IV, in its order, as calls of our REST contract.</summary>
internal static class PaperFeatures
{
    public const string Payment = "payment";

    public static IReadOnlyList<PaperFeature> All(BenchContext context, PaperPopulation wallets, PopulationBuilder builder, long paymentAmount)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(wallets);
        ArgumentNullException.ThrowIfNull(builder);
        var (minTopUp, minWithdrawal) = (context.Limits.MinTopUp, context.Limits.MinWithdrawal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Account Reader(int i) => Nth(wallets.Readers, i);
        Account Target(int i) => Nth(wallets.TopUpTargets, i);
        Account Withdrawer(int i) => Nth(wallets.Withdrawers, i);
        string? Key() => context.Keys.Next();
        PaperFeature Call(string name, Func<int, ApiCall> call) => new(name, i => new PlannedCall(name, call(i)));
        PaperFeature Read(string name, Func<string, ApiCall> call) => Call(name, i => call(Reader(i).Token));
        PaperFeature Money(string name, Func<int, MoneyRequest> request) => new(name, i => PlannedCall.Of(name, request(i)));

        return
        [
            Call("sign-up", i => Api.Register("Bench sign-up", builder.Email("signup", i), PopulationBuilder.Password, "buyer")),
            Call("login", i => Api.Login(Reader(i).Email, PopulationBuilder.Password)),
            Read("balance", Api.Wallet),
            new(Payment, i => Mixes.Pay(context, Nth(wallets.Payers, i), Nth(wallets.Sellers, i), paymentAmount)),
            Money("admin top-up", i => new TopUpRequest(
                Api.AdminTopUp(context.AdminToken, Target(i).Id, minTopUp, Key()), Target(i), minTopUp, CreditsAtOnce: true)),
            Read("transaction log", Api.Transactions),
            Money("VA charge", i => new TopUpRequest(
                Api.VirtualAccountCharge(Reader(i).Token, minTopUp, Nth(Api.VaBanks, i), Key()), Reader(i), minTopUp, CreditsAtOnce: false)),
            Money("bank-transfer charge", i => new TopUpRequest(
                Api.BankTransfer(Reader(i).Token, minTopUp, $"bench-{context.RunId}-{i}", Key()), Reader(i), minTopUp, CreditsAtOnce: false)),
            Read("top-up log", Api.TopUps),
            Read("notification log", Api.Notifications),
            Money("withdraw", i => new WithdrawalRequest(
                Api.Withdraw(Withdrawer(i).Token, minWithdrawal, Key()), Withdrawer(i), minWithdrawal)),
            Read("cash flow", token => Api.CashFlow(token, today.AddDays(-6), today)),
            Call("logout", i => Api.Logout(wallets.LogoutTokens[i])),
        ];
    }

    private static T Nth<T>(IReadOnlyList<T> items, int i) => items[i % items.Count];
}

namespace Cashless.Bench.Scenarios;

/// <summary>
/// The paper's payment success per side, read from balances, not from answers: the share of the attempted amount that
/// left the payers' wallets (buyer side) and that reached the sellers' wallets (seller side).
/// </summary>
internal sealed record PaymentSides(long AttemptedAmount, long BuyersDebited, long SellersCredited)
{
    public double BuyerPercent => AttemptedAmount == 0 ? 0 : 100.0 * BuyersDebited / AttemptedAmount;

    public double SellerPercent => AttemptedAmount == 0 ? 0 : 100.0 * SellersCredited / AttemptedAmount;
}

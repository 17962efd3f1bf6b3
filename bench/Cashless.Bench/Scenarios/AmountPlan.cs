namespace Cashless.Bench.Scenarios;

/// <summary>
/// Payment amounts small enough that no wallet can reach the balance limit during a run: with amounts drawn from
/// 1..max, a wallet expected to receive <c>credits</c> payments gains about credits × max / 2, kept under a quarter of
/// MaxBalance. Otherwise a correct server would refuse (422) and the run would measure the limit, not the system.
/// </summary>
internal static class AmountPlan
{
    public static long MaxAmount(double expectedCreditsPerWallet, long maxBalance, long preferred) =>
        Math.Clamp((long)(maxBalance / (4 * Math.Max(1, expectedCreditsPerWallet))), 1, preferred);

    public static long Draw(Random random, long max)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.NextInt64(1, max + 1);
    }
}

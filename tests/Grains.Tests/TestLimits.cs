namespace Cashless.Grains.Tests;

public static class TestLimits
{
    /// <summary>The cluster's Limits:MaxBalance: small, so tests reach it with a few top-ups.</summary>
    public const long MaxBalance = 1_000_000;
}

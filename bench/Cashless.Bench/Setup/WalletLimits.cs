using System.Text.Json;

namespace Cashless.Bench.Setup;

/// <summary>The limits the server reports in GET /wallet (the api.md defaults until one is read).</summary>
internal sealed record WalletLimits(long MaxBalance, long MaxTransactionAmount, long MinTopUp, long MinWithdrawal)
{
    public static readonly WalletLimits Default = new(10_000_000, 10_000_000, 10_000, 10_000);

    public static WalletLimits From(JsonElement wallet) =>
        wallet.TryGetProperty("limits", out var limits)
            ? new WalletLimits(
                limits.GetProperty("maxBalance").GetInt64(),
                limits.GetProperty("maxTransactionAmount").GetInt64(),
                limits.GetProperty("minTopUp").GetInt64(),
                limits.GetProperty("minWithdrawal").GetInt64())
            : Default;
}

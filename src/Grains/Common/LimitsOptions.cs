using System.ComponentModel.DataAnnotations;

namespace Cashless.Grains.Common;

/// <summary>The money limits of api.md, bound from the "Limits" section.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    [Range(1, long.MaxValue)]
    public long MaxTransactionAmount { get; set; } = 10_000_000;

    [Range(1, long.MaxValue)]
    public long MaxBalance { get; set; } = 10_000_000;

    [Range(1, long.MaxValue)]
    public long MinTopUp { get; set; } = 10_000;

    [Range(1, long.MaxValue)]
    public long MinWithdrawal { get; set; } = 10_000;
}

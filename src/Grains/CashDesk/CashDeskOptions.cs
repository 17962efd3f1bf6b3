using System.ComponentModel.DataAnnotations;

namespace Cashless.Grains.CashDesk;

/// <summary>
/// When a cash-desk top-up needs a second admin, bound from "CashDesk": above <see cref="ReviewAbove"/> rupiah, or
/// beyond the admin's <see cref="DailyCountBeforeReview"/>-th top-up of the school's local day (<see cref="Common.SchoolDayOptions"/>).
/// </summary>
public sealed class CashDeskOptions
{
    public const string Section = "CashDesk";

    [Range(0, long.MaxValue)]
    public long ReviewAbove { get; set; } = 1_000_000;

    [Range(0, int.MaxValue)]
    public int DailyCountBeforeReview { get; set; } = 200;
}

using System.ComponentModel.DataAnnotations;

namespace Cashless.WebApi.Families;

/// <summary>Link codes between students and guardians, bound from "Families".</summary>
public sealed class FamilyOptions
{
    public const string Section = "Families";

    /// <summary>How long a link code can be redeemed after it was made.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan LinkCodeLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many link codes may be made for one student in 24 hours (by the student and admins together).</summary>
    [Range(1, 1000)]
    public int MaxLinkCodesPerDay { get; set; } = 5;
}

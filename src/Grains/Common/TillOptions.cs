using System.ComponentModel.DataAnnotations;

namespace Cashless.Grains.Common;

/// <summary>The till's time limits, bound from the "Till" section.</summary>
public sealed class TillOptions
{
    public const string Section = "Till";

    /// <summary>How long a payment request can be paid after it is made.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan RequestLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long after a payment its seller may still refund it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan RefundWindow { get; set; } = TimeSpan.FromDays(7);
}

namespace Cashless.Grains.Reports;

/// <summary>
/// Local calendar days <see cref="First"/> to <see cref="Last"/> (both included) in <see cref="Zone"/>, and the UTC
/// instants that bound them. At most <see cref="MaxDays"/> days.
/// </summary>
public sealed record ReportRange(DateOnly First, DateOnly Last, TimeZoneInfo Zone)
{
    public const int MaxDays = 366;

    public DateTimeOffset Start => MidnightOf(First);

    /// <summary>Exclusive: midnight after the last day.</summary>
    public DateTimeOffset Until => MidnightOf(Last.AddDays(1));

    public static bool IsValid(DateOnly first, DateOnly last) =>
        last >= first && last.DayNumber - first.DayNumber + 1 <= MaxDays;

    public DateTimeOffset MidnightOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public DateOnly LocalDateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);
}

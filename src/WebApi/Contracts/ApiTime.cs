namespace Cashless.WebApi.Contracts;

/// <summary>
/// Times in answers: UTC (serialized with a <c>Z</c>) and cut to the millisecond, the precision the store keeps, so a
/// time reads the same in the answer to a write and in every later read.
/// </summary>
public static class ApiTime
{
    public static DateTime Of(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
    }
}

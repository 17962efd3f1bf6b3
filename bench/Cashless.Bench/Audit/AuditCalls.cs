namespace Cashless.Bench.Audit;

/// <summary>How many unmeasured audit calls run at once: enough to be quick, few enough not to become a load test.</summary>
internal static class AuditCalls
{
    public const int Parallelism = 16;

    public static ParallelOptions Options(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = context.Cancel };
    }
}

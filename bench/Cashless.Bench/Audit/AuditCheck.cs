namespace Cashless.Bench.Audit;

internal sealed record AuditCheck(string Name, CheckVerdict Verdict, string Detail)
{
    private const int ShownProblems = 5;

    /// <summary>Passed when there are no problems; otherwise failed, with the most frequent distinct problems named.</summary>
    public static AuditCheck Of(string name, IReadOnlyCollection<string> problems, string passed)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            return new AuditCheck(name, CheckVerdict.Passed, passed);
        }

        var shown = problems.GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Take(ShownProblems)
            .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} (×{g.Count()})");
        return new AuditCheck(name, CheckVerdict.Failed, $"{problems.Count} problem(s): {string.Join("; ", shown)}");
    }
}

namespace Cashless.Bench.Audit;

internal sealed record AuditReport(IReadOnlyList<AuditCheck> Checks)
{
    public bool Passed => Checks.All(c => c.Verdict != CheckVerdict.Failed);
}

using System.Globalization;
using System.Text.Json;
using Cashless.Bench.Http;

namespace Cashless.Bench.Audit;

/// <summary>
/// The community overview's own conservation check (Σ balances + in flight = settled top-ups − withdrawals) is
/// balanced. It covers every wallet of the system, not only the tool's.
/// </summary>
internal static class ConservationCheck
{
    private const string Name = "conservation (admin overview)";

    public static async Task<AuditCheck> RunAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var answer = await context.Http.SendAsync(Api.Overview(context.AdminToken), context.Cancel);
        if (answer.Status == 404)
        {
            return new AuditCheck(Name, CheckVerdict.NotAvailable,
                "GET /api/v1/admin/reports/overview answers 404 (not there yet); only the tool's own wallets were checked");
        }

        if (answer.Status != 200)
        {
            return new AuditCheck(Name, CheckVerdict.Failed, $"GET /admin/reports/overview answered {answer.Describe()}");
        }

        return Judge(answer.Json());
    }

    private static AuditCheck Judge(JsonElement overview)
    {
        if (!overview.TryGetProperty("conservation", out var c) || !c.TryGetProperty("balanced", out var balanced))
        {
            return new AuditCheck(Name, CheckVerdict.Failed, "the overview has no conservation.balanced");
        }

        var detail = string.Create(CultureInfo.InvariantCulture,
            $"expected {Number(c, "expected")} = balances {Number(c, "balances")} + in flight {Number(c, "inFlight")}");
        return balanced.ValueKind == JsonValueKind.True
            ? new AuditCheck(Name, CheckVerdict.Passed, "balanced: " + detail)
            : new AuditCheck(Name, CheckVerdict.Failed, "NOT balanced: " + detail);
    }

    private static string Number(JsonElement conservation, string name) =>
        conservation.TryGetProperty(name, out var value) ? value.GetRawText() : "?";
}

using System.Diagnostics;
using Cashless.Bench.Audit;
using Cashless.Bench.CommandLine;
using Cashless.Bench.Http;
using Cashless.Bench.Ledger;
using Cashless.Bench.Reports;
using Cashless.Bench.Scenarios;
using Cashless.Bench.Setup;
using Cashless.Bench.Target;

namespace Cashless.Bench;

/// <summary>One run: open the target, sign in as admin, run the scenario, audit, print Markdown, write JSON.</summary>
internal static class BenchRunner
{
    private const int MaxAdminRefusals = 3;
    private static readonly TimeSpan AdminDeadline = TimeSpan.FromSeconds(30);

    public static async Task<BenchReport> RunAsync(BenchOptions options, string command, TextWriter output, TextWriter log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using var target = await TargetLauncher.OpenAsync(options, log, ct);
        using var http = BenchContext.Create(target, options);
        var runId = Guid.NewGuid().ToString("N")[..8];
        var context = new BenchContext
        {
            Options = options,
            Target = target,
            Http = http,
            Ledger = new ExpectedLedger(),
            Keys = new IdempotencyKeys(runId, options.IdempotencyKeys),
            Log = log,
            RunId = runId,
            AdminToken = await AdminTokenAsync(http, target, ct),
            Cancel = ct,
        };

        var result = await Scenario(options.Scenario).RunAsync(context);
        var audit = await Auditor.RunAsync(context);
        var report = new BenchReport(options.Scenario, command, startedAt, clock.Elapsed.TotalSeconds, MachineFacts.Collect(target),
            result.Paper, result.Steps, result.Tpcb, result.Soak, audit, target.Server?.Log.ErrorCount ?? 0, target.Server?.Log.Errors() ?? []);
        await output.WriteAsync(MarkdownReport.Render(report));
        var path = options.Out ?? JsonReport.DefaultPath(options.Scenario, startedAt);
        await JsonReport.WriteAsync(report, path, ct);
        await log.WriteLineAsync($"results: {path}");
        return report;
    }

    private static IScenario Scenario(string name) => name switch
    {
        "paper" => new PaperScenario(),
        "ramp" => new RampScenario(),
        "lunch-rush" => new LunchRushScenario(),
        "login-storm" => new LoginStormScenario(),
        "backup" => new BackupScenario(),
        "soak" => new SoakScenario(),
        "tpcb" => new TpcbScenario(),
        _ => new AuditOnlyScenario(),
    };

    /// <summary>
    /// A server that is still starting may not answer, and a started one may not have created its admin yet; a wrong
    /// password on an attached one is final (and retrying it would only trip the login throttle).
    /// </summary>
    private static async Task<string> AdminTokenAsync(BenchHttp http, BenchTarget target, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        for (var refusals = 0; ; await Task.Delay(1000, ct))
        {
            var answer = await http.SendAsync(Api.Login(target.AdminEmail, target.AdminPassword), ct);
            if (answer.Status == 200)
            {
                return answer.Json().GetProperty("token").GetString()!;
            }

            var mayRetry = !answer.IsDecided || (answer.Status == 401 && target.Mode == "started" && ++refusals < MaxAdminRefusals);
            if (!mayRetry || clock.Elapsed > AdminDeadline)
            {
                throw new SetupFailedException($"admin login as {target.AdminEmail} failed: {answer.Describe()} (see --admin-email/--admin-password)");
            }
        }
    }
}

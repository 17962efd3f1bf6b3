using System.Text.Json;
using Cashless.Bench.CommandLine;

namespace Cashless.Bench.Tests;

/// <summary>
/// A tiny paper run (5 requests per feature) against a WebApi the tool starts, end to end through the real command
/// line: it must finish, print the table, write the JSON, and pass its audit. No latency is asserted.
/// </summary>
public sealed class PaperSmokeTests : IDisposable
{
    private static readonly string[] Features =
    [
        "sign-up", "login", "balance", "payment (buyer side)", "payment (seller side)", "admin top-up", "transaction log",
        "VA charge", "bank-transfer charge", "top-up log", "notification log", "withdraw", "cash flow", "logout",
    ];

    private readonly string _out = Path.Combine(Path.GetTempPath(), $"bench-smoke-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Paper_TinyRunAgainstStartedServer_PrintsTableWritesJsonAndPassesAudit()
    {
        var options = OptionsParser.Parse(
        [
            "paper", "--start", "--no-build", "--webapi-dll", BuiltWebApi.Dll(), "--requests", "5", "--window-ms", "250",
            "--paper-warmup", "2", "--out", _out,
            // Sign-ups and logins cost one password hash each; a cheap hash keeps the test short, the flow is the same.
            "--server-setting", "PasswordHasher__IterationCount=1000",
        ]);
        using var output = new StringWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var report = await BenchRunner.RunAsync(options, "smoke", output, TextWriter.Null, cancel.Token);

        var text = output.ToString();
        Assert.True(report.Audit.Passed, text);
        Assert.All(Features, feature => Assert.Contains($"| {feature} |", text, StringComparison.Ordinal));
        Assert.NotNull(report.Paper);
        Assert.All(report.Paper.Features, row => Assert.True(row.Missing || row.SuccessPercent == 100, $"{row.Operation}: {text}"));
        Assert.Equal(100, report.Paper.Payment.BuyerPercent);
        Assert.Equal(100, report.Paper.Payment.SellerPercent);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(_out));
        Assert.Equal("paper", json.RootElement.GetProperty("scenario").GetString());
    }

    public void Dispose() => File.Delete(_out);
}

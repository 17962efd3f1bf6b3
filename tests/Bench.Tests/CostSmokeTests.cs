using Cashless.Bench.CommandLine;
using Cashless.Bench.Reports;

namespace Cashless.Bench.Tests;

/// <summary>
/// Tiny ramp and soak runs against a WebApi the tool starts: every step must carry the server CPU and the store bytes
/// per accepted payment, and the soak its samples of memory, activations and store size. No figure is judged.
/// </summary>
public sealed class CostSmokeTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"bench-smoke-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Ramp_OneShortStep_PrintsServerCpuAndBytesPerPayment()
    {
        var (report, text) = await RunAsync(
            "ramp", "--accounts", "20", "--start-rate", "20", "--max-steps", "1", "--step-seconds", "2", "--warmup-seconds", "1");

        var step = Assert.Single(report.Steps!.Steps);
        Assert.True(step.Cost.AcceptedPayments > 0, text);
        Assert.True(step.Cost.ServerCpuMsPerPayment > 0, text);
        Assert.NotNull(step.Cost.BytesPerPayment);
        Assert.Contains("| server CPU ms/payment | store CPU ms/payment | bytes/payment |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Soak_ShortRun_SamplesMemoryActivationsAndStore()
    {
        var (report, text) = await RunAsync(
            "soak", "--students", "20", "--merchants", "2", "--rate", "20", "--duration-seconds", "4", "--sample-seconds", "2",
            "--warmup-seconds", "1");

        Assert.NotNull(report.Soak);
        Assert.True(report.Soak.Count >= 3, text);
        var last = report.Soak[^1];
        Assert.True(last is { RssBytes: > 0, GcHeapBytes: > 0, Activations: > 0, StoreBytes: > 0 }, $"{last}\n{text}");
        Assert.Equal(100, Assert.Single(report.Steps!.Steps).SuccessPercent);
        Assert.Contains("### Soak, every sample", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_ShortSteps_ReportsP99WithAndWithoutABackup()
    {
        var (report, text) = await RunAsync(
            "backup", "--accounts", "20", "--rate", "20", "--step-seconds", "3", "--warmup-seconds", "1");

        Assert.Equal(2, report.Steps!.Steps.Count);
        Assert.All(report.Steps.Steps, step => Assert.Equal(100, step.SuccessPercent));
        Assert.Matches(@"p99 [\d.]+ ms without a backup, [\d.]+ ms with one \(backup of [\d.]+ MB verified and listed", report.Steps.Verdict);
        Assert.Contains(report.Steps.Verdict, text, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_out);

    private async Task<(BenchReport Report, string Text)> RunAsync(params string[] scenario)
    {
        var options = OptionsParser.Parse(
        [
            .. scenario, "--start", "--no-build", "--webapi-dll", BuiltWebApi.Dll(), "--p99-ms", "5000", "--out", _out,
            "--server-setting", "PasswordHasher__IterationCount=1000",
        ]);
        using var output = new StringWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var report = await BenchRunner.RunAsync(options, "smoke", output, TextWriter.Null, cancel.Token);
        var text = output.ToString();
        Assert.True(report.Audit.Passed, text);
        return (report, text);
    }
}

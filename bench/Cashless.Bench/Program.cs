using Cashless.Bench.CommandLine;
using Cashless.Bench.Setup;

namespace Cashless.Bench;

/// <summary>
/// The benchmark tool of issue 6: drives the real system over HTTP with open-loop load, prints Markdown, writes JSON.
/// Exit code 0 = run done and audit passed, 1 = audit failed, 2 = bad command line, 3 = set-up failed.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = OptionsParser.Parse(args);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync((e.Message.Length > 0 ? e.Message + "\n\n" : "") + UsageException.Text);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            var report = await BenchRunner.RunAsync(options, CommandText.Of(args), Console.Out, Console.Error, cancel.Token);
            return report.Audit.Passed ? 0 : 1;
        }
        catch (SetupFailedException e)
        {
            await Console.Error.WriteLineAsync("set-up failed: " + e.Message);
            return 3;
        }
    }
}

using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using Cashless.Bench.Target;

namespace Cashless.Bench.Reports;

/// <summary>What the numbers were measured on. The load generator always runs on this machine.</summary>
internal sealed record MachineFacts(
    int Cores,
    string Cpu,
    double MemoryGiB,
    string Os,
    string Dotnet,
    bool ServerGcInGenerator,
    string Store,
    string ClusterMode,
    string Url,
    string Target,
    string Commit)
{
    public static MachineFacts Collect(BenchTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new MachineFacts(
            Environment.ProcessorCount,
            CpuModel(),
            Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            GCSettings.IsServerGC,
            target.Store,
            target.ClusterMode,
            target.BaseAddress.ToString(),
            target.Mode == "started" ? "started by the tool (WebApi child process, in-process Midtrans emulator)" : "attached (--url)",
            GitCommit());
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string GitCommit()
    {
        try
        {
            var info = new ProcessStartInfo("git", ["describe", "--always", "--dirty"])
            {
                WorkingDirectory = RepositoryRoot.TryFind() ?? ".",
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = Process.Start(info);
            var commit = git?.StandardOutput.ReadToEnd().Trim();
            git?.WaitForExit();
            return string.IsNullOrEmpty(commit) ? "unknown" : commit;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown"; // no git on this machine
        }
    }
}

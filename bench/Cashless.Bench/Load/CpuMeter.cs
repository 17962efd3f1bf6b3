using System.Diagnostics;
using Cashless.Bench.Target;

namespace Cashless.Bench.Load;

/// <summary>
/// How many cores the server (started by the tool, or --server-pid) and the load generator used over a stretch of
/// time; the server's from <c>/proc/&lt;pid&gt;/stat</c>.
/// </summary>
internal sealed class CpuMeter
{
    private readonly int? _serverPid;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan? _serverAtStart;
    private readonly TimeSpan _benchAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    public CpuMeter(int? serverPid)
    {
        _serverPid = serverPid;
        _serverAtStart = ServerCpu();
    }

    public CpuSplit Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var bench = (Process.GetCurrentProcess().TotalProcessorTime - _benchAtStart).TotalSeconds / wall;
        var server = ServerCpu() - _serverAtStart;
        return new CpuSplit(server?.TotalSeconds / wall, bench, server);
    }

    private TimeSpan? ServerCpu() => _serverPid is { } pid ? ProcStat.Read(pid)?.CpuTime : null;
}

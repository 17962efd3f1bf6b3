using System.Diagnostics;
using Cashless.Bench.Target;

namespace Cashless.Bench.Load;

/// <summary>
/// How many cores the server (started by the tool, or --server-pid) and the load generator used over a stretch of
/// time, from <c>/proc/&lt;pid&gt;/stat</c>; and the CPU time of a PostgreSQL store on this machine.
/// </summary>
internal sealed class CpuMeter
{
    private readonly BenchTarget _target;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan? _serverAtStart;
    private readonly TimeSpan? _storeAtStart;
    private readonly TimeSpan _benchAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    public CpuMeter(BenchTarget target)
    {
        _target = target;
        _serverAtStart = ServerCpu();
        _storeAtStart = PostgresServerCpu.Read(target.StorePid);
    }

    public CpuSplit Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var bench = (Process.GetCurrentProcess().TotalProcessorTime - _benchAtStart).TotalSeconds / wall;
        var server = ServerCpu() - _serverAtStart;
        return new CpuSplit(server?.TotalSeconds / wall, bench, server, PostgresServerCpu.Read(_target.StorePid) - _storeAtStart);
    }

    private TimeSpan? ServerCpu() => _target.ServerPid is { } pid ? ProcStat.Read(pid)?.CpuTime : null;
}

using System.Diagnostics;
using Cashless.Bench.Target;

namespace Cashless.Bench.Load;

/// <summary>How many cores the server (when started by the tool) and the load generator used over a stretch of time.</summary>
internal sealed class CpuMeter
{
    private readonly ServerProcess? _server;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _serverAtStart;
    private readonly TimeSpan _benchAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    public CpuMeter(ServerProcess? server)
    {
        _server = server;
        _serverAtStart = server?.CpuTime ?? TimeSpan.Zero;
    }

    public CpuSplit Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var bench = (Process.GetCurrentProcess().TotalProcessorTime - _benchAtStart).TotalSeconds / wall;
        double? server = _server is null ? null : (_server.CpuTime - _serverAtStart).TotalSeconds / wall;
        return new CpuSplit(server, bench);
    }
}

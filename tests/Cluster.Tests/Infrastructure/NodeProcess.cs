using System.Diagnostics;
using System.Net;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// One real executable (the built Cashless.WebApi.dll or Cashless.Silo.dll) as a child process with the environment
/// a docker-compose service would give it. Its output is kept (the last lines) to explain a failure.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private const int KeptLines = 300;
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(40);

    /// <summary>Every node still running: killed when the test process exits, however it exits.</summary>
    private static readonly HashSet<Process> Running = Watch();

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private NodeProcess(string name, NodeKind kind, Process process, Uri baseAddress, int siloPort, int gatewayPort)
    {
        Name = name;
        Kind = kind;
        _process = process;
        BaseAddress = baseAddress;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    public string Name { get; }

    public NodeKind Kind { get; }

    public Uri BaseAddress { get; }

    public int SiloPort { get; }

    /// <summary>The Orleans gateway port, where clients connect.</summary>
    public int GatewayPort { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static NodeProcess Start(string name, NodeKind kind, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet", [Executables.Dll(kind)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {name}");
        lock (Running)
        {
            Running.Add(process);
        }

        var node = new NodeProcess(name, kind, process, new Uri(environment["Urls"] + "/"),
            int.Parse(environment["Cluster__SiloPort"], global::System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(environment["Cluster__GatewayPort"], global::System.Globalization.CultureInfo.InvariantCulture));
        process.OutputDataReceived += (_, line) => node.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => node.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Until /health/ready answers 200: this silo is Active in the membership and the store answers.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartDeadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}:\n{Output()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception starting) when (starting is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still starting.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} was not ready within {StartDeadline.TotalSeconds} s:\n{Output()}");
    }

    /// <summary>SIGTERM, as docker stop or systemd sends: the node drains, leaves the cluster and exits. Returns how long it took.</summary>
    public async Task<TimeSpan> StopAsync()
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(global::System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(StopDeadline);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not stop within {StopDeadline.TotalSeconds} s of SIGTERM:\n{Output()}");
        }

        return clock.Elapsed;
    }

    /// <summary>Until the process exits on its own (a start that must fail); returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} still runs after {deadline.TotalSeconds} s:\n{Output()}");
        }

        _process.WaitForExit(); // the output readers finish too
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process dies at once, as in a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>The last lines the node wrote (JSON log lines).</summary>
    public string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        lock (Running)
        {
            Running.Remove(_process);
        }

        _process.Dispose();
    }

    private static HashSet<Process> Watch()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            lock (Running)
            {
                foreach (var process in Running.Where(process => !process.HasExited))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        };
        return [];
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > KeptLines)
            {
                _output.Dequeue();
            }
        }
    }
}

using System.Diagnostics;
using System.Net;

namespace Cashless.Bench.Target;

/// <summary>The WebApi started as a child process (<c>dotnet Cashless.WebApi.dll</c>) with its configuration in the environment.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(90);

    private readonly Process _process;

    private ServerProcess(Process process) => _process = process;

    public ServerLog Log { get; } = new();

    public int Pid => _process.Id;

    public static async Task<ServerProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment,
        Uri baseAddress, CancellationToken ct)
    {
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var server = new ServerProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start the WebApi"));
        server._process.OutputDataReceived += (_, e) => server.Log.Add(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Log.Add(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(baseAddress, ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(Uri baseAddress, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyDeadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the WebApi exited with code {_process.ExitCode}:\n{Log.Tail()}");
            }

            if (await IsReadyAsync(http, ct))
            {
                return;
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"the WebApi was not ready within {ReadyDeadline.TotalSeconds} s:\n{Log.Tail()}");
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), ct);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return false; // still starting
        }
    }
}

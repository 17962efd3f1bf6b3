using System.ComponentModel;
using System.Diagnostics;
using StackExchange.Redis;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// The membership store of the test clusters: the Redis named by <see cref="EnvironmentVariable"/> (a StackExchange.Redis
/// connection string) when it is set, otherwise a redis-server started here on a free loopback port, in memory only
/// (<c>--save '' --appendonly no</c>). Without either, <see cref="ClusterServices.Redis"/> skips the test (fails it under CI).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "CASHLESS_TEST_REDIS";

    private Process? _process;

    private RedisServer(string connectionString, ConnectionMultiplexer connection, Process? process)
    {
        ConnectionString = connectionString;
        Connection = connection;
        _process = process;
    }

    public string ConnectionString { get; }

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable));

    public ConnectionMultiplexer Connection { get; }

    public static async Task<RedisServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        Process? process = null;
        var connectionString = configured;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var port = FreePort.Next();
            process = StartServer(port);
            connectionString = $"127.0.0.1:{port}";
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                var connection = await ConnectionMultiplexer.ConnectAsync(connectionString);
                return new RedisServer(connectionString, connection, process);
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline && process is { HasExited: false })
            {
                await Task.Delay(100);
            }
            catch (RedisConnectionException failure)
            {
                process?.Kill();
                var source = process is null ? EnvironmentVariable : "the redis-server started by the tests";
                throw new InvalidOperationException($"Redis at {connectionString} (from {source}) does not answer: {failure.Message}", failure);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    private static Process StartServer(int port)
    {
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            var process = Process.Start(start) ?? throw new InvalidOperationException("could not start redis-server");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return process;
        }
        catch (Win32Exception missing)
        {
            throw new InvalidOperationException(
                $"No Redis for the cluster tests: {EnvironmentVariable} is not set and there is no redis-server on PATH. " +
                "Install it (apt-get install redis-server, or sudo bash .ci/install-deps.sh).", missing);
        }
    }
}

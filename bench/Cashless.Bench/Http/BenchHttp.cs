using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Cashless.Bench.Http;

/// <summary>
/// The one HttpClient of a run: a connection pool as large as --connections, Nagle off, and a connect callback that
/// times each new TCP connection and charges it to the request that opened it. Measured calls give up after
/// --timeout-seconds; set-up and audit calls are allowed <see cref="UnmeasuredTimeout"/>, since a server still busy
/// with the load (or hashing passwords) must not make the set-up or the audit fail.
/// </summary>
internal sealed class BenchHttp : IDisposable
{
    public static readonly TimeSpan UnmeasuredTimeout = TimeSpan.FromMinutes(2);

    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;
    private long _connections;

    public BenchHttp(Uri baseAddress, int maxConnections, TimeSpan timeout)
    {
        _timeout = timeout;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            UseCookies = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    public long ConnectionsOpened => Interlocked.Read(ref _connections);

    /// <summary>Sends now, timing from <paramref name="intendedAt"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public Task<CallResult> SendAsync(ApiCall call, long intendedAt, CancellationToken ct = default) =>
        SendAsync(call, intendedAt, _timeout, ct);

    /// <summary>Sends at once (unmeasured set-up and audit calls).</summary>
    public Task<CallResult> SendAsync(ApiCall call, CancellationToken ct = default) =>
        SendAsync(call, Stopwatch.GetTimestamp(), UnmeasuredTimeout, ct);

    public void Dispose() => _client.Dispose();

    private async Task<CallResult> SendAsync(ApiCall call, long intendedAt, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var lag = Stopwatch.GetElapsedTime(intendedAt);
        using var request = Build(call);
        var timing = new ConnectTiming();
        request.Options.Set(ConnectTiming.Key, timing);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var latency = Stopwatch.GetElapsedTime(intendedAt);
            var body = await response.Content.ReadAsByteArrayAsync(deadline.Token);
            var done = Stopwatch.GetTimestamp();
            return new CallResult((int)response.StatusCode, latency, Stopwatch.GetElapsedTime(intendedAt, done),
                timing.Elapsed, lag, body, null, done, response.Headers.Contains("Idempotent-Replayed"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException
                                  || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var done = Stopwatch.GetTimestamp();
            var error = e is OperationCanceledException ? "timeout" : e.GetBaseException().Message;
            return new CallResult(0, Stopwatch.GetElapsedTime(intendedAt, done), Stopwatch.GetElapsedTime(intendedAt, done),
                timing.Elapsed, lag, [], error, done);
        }
    }

    private static HttpRequestMessage Build(ApiCall call)
    {
        var request = new HttpRequestMessage(call.Method, new Uri(call.Path, UriKind.Relative));
        if (call.Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", call.Token);
        }

        if (call.IdempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", call.IdempotencyKey);
        }

        if (call.JsonBody is not null)
        {
            request.Content = new StringContent(call.JsonBody, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, ct);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        Interlocked.Increment(ref _connections);
        if (context.InitialRequestMessage.Options.TryGetValue(ConnectTiming.Key, out var timing))
        {
            timing.Elapsed = Stopwatch.GetElapsedTime(started);
        }

        return new NetworkStream(socket, ownsSocket: true);
    }
}

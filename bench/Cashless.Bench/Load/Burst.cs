using Cashless.Bench.Http;
using Cashless.Bench.Recording;
using Cashless.Bench.Scenarios;

namespace Cashless.Bench.Load;

/// <summary>
/// Sends planned calls open loop at a fixed rate, books every answer in the expected ledger, and records all but the
/// first <c>warmup</c> calls (the warm-up is sent, and counts for money, but is not measured).
/// </summary>
internal static class Burst
{
    public static async Task<BurstResult> RunAsync(BenchContext context, IReadOnlyList<PlannedCall> calls, double rate, int warmup,
        BenchHttp? client = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(calls);
        var http = client ?? context.Http;
        var recorder = new LatencyRecorder();
        var cpu = new CpuMeter(context.Target);
        var connections = http.ConnectionsOpened;
        long acceptedPayments = 0;
        var start = await OpenLoop.RunAsync(calls, rate, async (planned, index, intended) =>
        {
            var answer = await http.SendAsync(planned.Call, intended, context.Cancel);
            if (planned.Operation == Operations.Payment && answer.IsSuccess)
            {
                Interlocked.Increment(ref acceptedPayments);
            }

            if (index >= warmup)
            {
                recorder.Record(planned.Operation, answer, answer.IsSuccess);
            }

            if (planned.Money is not null)
            {
                context.Ledger.Settle(planned.Money, answer);
            }
        }, context.Cancel);
        var measuredFrom = OpenLoop.Due(start, System.Diagnostics.Stopwatch.Frequency / rate, Math.Min(warmup, calls.Count));
        return new BurstResult(recorder, recorder.SecondsSince(measuredFrom), cpu.Stop(),
            http.ConnectionsOpened - connections, Interlocked.Read(ref acceptedPayments));
    }
}

using Cashless.Bench.Recording;

namespace Cashless.Bench.Load;

/// <summary>
/// A finished burst: its recorder, the seconds from the first measured slot to the last answer, CPU, new connections,
/// and the payments answered 2xx (warm-up included, as the CPU is).
/// </summary>
internal sealed record BurstResult(LatencyRecorder Recorder, double MeasuredSeconds, CpuSplit Cpu, long NewConnections, long AcceptedPayments)
{
    /// <summary>Successful measured answers per second of measured time (what the server really got through).</summary>
    public double AchievedRate => MeasuredSeconds <= 0 ? 0 : Recorder.All().Succeeded / MeasuredSeconds;

    public double SucceededPerSecond(string operation) =>
        MeasuredSeconds <= 0 ? 0 : (Recorder.Operations().FirstOrDefault(o => o.Operation == operation)?.Succeeded ?? 0) / MeasuredSeconds;
}

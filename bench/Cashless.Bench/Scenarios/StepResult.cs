using Cashless.Bench.Load;
using Cashless.Bench.Recording;

namespace Cashless.Bench.Scenarios;

/// <summary>
/// One load step. Offered is the scheduled rate; achieved counts successful answers per measured second; latency
/// percentiles are of all operations together, from the intended send time to the last byte. <see cref="GeneratorLate"/>
/// says the load generator itself sent late (send lag p99 above half the p99 bound): the machine was too busy for the
/// step to say much about the server. <see cref="Cost"/>: server CPU and store bytes per accepted payment.
/// </summary>
internal sealed record StepResult(
    int Step,
    double OfferedRate,
    double AchievedRate,
    double PaymentsPerSecond,
    long Requests,
    double SuccessPercent,
    double MeanMs,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    double SendLagP99Ms,
    CpuSplit Cpu,
    long NewConnections,
    bool Held,
    bool GeneratorLate,
    IReadOnlyList<OperationStats> Operations,
    IReadOnlyDictionary<string, long> Answers,
    StepCost Cost);

namespace Cashless.Bench.Load;

/// <summary>
/// Cores in use on average (1.0 = one core busy) and the server's CPU time over the stretch; the server's figures are
/// unknown when the tool neither started it nor was given its pid. <see cref="StoreCpu"/>: a PostgreSQL store's CPU
/// time when it runs on this machine.
/// </summary>
internal sealed record CpuSplit(double? ServerCores, double BenchCores, TimeSpan? ServerCpu, TimeSpan? StoreCpu);

namespace Cashless.Bench.Load;

/// <summary>Cores in use on average (1.0 = one core busy); the server's is unknown when the tool did not start it.</summary>
internal sealed record CpuSplit(double? ServerCores, double BenchCores);

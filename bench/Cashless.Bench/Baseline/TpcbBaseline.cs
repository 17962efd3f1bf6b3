namespace Cashless.Bench.Baseline;

/// <summary>What pgbench's TPC-B did on the server: its command and transactions per second.</summary>
internal sealed record TpcbBaseline(string Command, double Tps);

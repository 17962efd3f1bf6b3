using Cashless.Bench.Load;

namespace Cashless.Bench.Scenarios;

/// <summary>One of the paper's thirteen features: its name in the table and how to make its i-th request.</summary>
internal sealed record PaperFeature(string Name, Func<int, PlannedCall> Make);

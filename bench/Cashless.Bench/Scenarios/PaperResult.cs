using Cashless.Bench.Recording;

namespace Cashless.Bench.Scenarios;

/// <summary>Our Table IV: one row per feature (in the paper's order) and the payment feature's two sides.</summary>
internal sealed record PaperResult(int RequestsPerFeature, int WindowMs, int WarmupPerFeature, IReadOnlyList<OperationStats> Features, PaymentSides Payment);

using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Interfaces.Till;

/// <summary><see cref="Refund"/> is set whenever money moved (even if it came back); <see cref="Refunded"/> is the total given back now.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.RefundResult")]
public sealed record RefundResult(
    [property: Id(0)] RefundOutcome Outcome,
    [property: Id(1)] LedgerOutcome Refusal,
    [property: Id(2)] PaymentView? Refund,
    [property: Id(3)] Money Refunded,
    [property: Id(4)] Money BalanceAfter);

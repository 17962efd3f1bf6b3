namespace Cashless.WebApi.Idempotency;

/// <summary>
/// Endpoint metadata: the endpoint moves money and takes an <c>Idempotency-Key</c>. With <see cref="AnsweredByLedger"/>
/// the key is only checked here and the handler does the rest: it passes the key to its grain as the operation id, and
/// the grain de-duplicates concurrent repeats and rebuilds a repeat's answer from the entry the key made, in the same
/// commit as the money (docs/decisions/0007-one-durable-round-per-payment.md).
/// </summary>
public sealed class IdempotentRequestMetadata
{
    private IdempotentRequestMetadata(bool answeredByLedger) => AnsweredByLedger = answeredByLedger;

    /// <summary>The middleware keeps the first answer and replays it.</summary>
    public static IdempotentRequestMetadata Instance { get; } = new(answeredByLedger: false);

    /// <summary>The handler's grain answers repeats from the ledger; the middleware only validates the key.</summary>
    public static IdempotentRequestMetadata Ledger { get; } = new(answeredByLedger: true);

    public bool AnsweredByLedger { get; }
}

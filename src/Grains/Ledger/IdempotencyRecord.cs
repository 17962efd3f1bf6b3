using Cashless.Grains.Interfaces.Idempotency;

namespace Cashless.Grains.Ledger;

/// <summary>The first answer to a keyed request; <see cref="Scope"/> is "{userId}/{key}".</summary>
public sealed record IdempotencyRecord(
    string Scope,
    string RequestHash,
    IdempotentResponse Response,
    DateTimeOffset CreatedAt);

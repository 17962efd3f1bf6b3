using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Idempotency;

public static class IdempotencyEndpointExtensions
{
    /// <summary>
    /// Opts a money-moving endpoint in to <see cref="IdempotencyMiddleware"/>. The handler should also pass the key into
    /// its grain operation id, so that even a crash between the grain's commit and the saving of the answer never moves
    /// money twice.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder
            .WithMetadata(IdempotentRequestMetadata.Instance)
            .Produces<ProblemDetails>(StatusCodes.Status409Conflict, ProblemWriter.ContentType)
            .Produces<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, ProblemWriter.ContentType);

    /// <summary>
    /// Opts an endpoint in to keys whose answers its grain rebuilds from the ledger (<see cref="IdempotentRequestMetadata.Ledger"/>):
    /// nothing is captured or stored beside the money's own commit. The handler sets <see cref="IdempotencyKey.ReplayedHeader"/>.
    /// </summary>
    public static RouteHandlerBuilder WithLedgerIdempotency(this RouteHandlerBuilder builder) =>
        builder
            .WithMetadata(IdempotentRequestMetadata.Ledger)
            .Produces<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, ProblemWriter.ContentType);
}

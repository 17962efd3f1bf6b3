using Cashless.WebApi.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cashless.WebApi.OpenApi;

/// <summary>
/// Documents the <c>Idempotency-Key</c> header on every endpoint that takes one (<see cref="IdempotencyEndpointExtensions.WithIdempotency"/>),
/// also where the handler itself does not read it.
/// </summary>
public sealed class IdempotencyKeyTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotentRequestMetadata>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        if (!operation.Parameters.Any(p => p.In == ParameterLocation.Header && p.Name == IdempotencyKey.Header))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKey.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "1 to 255 printable ASCII characters. The same key with the same request within 24 h replays the "
                    + "first answer (Idempotent-Replayed: true) and moves no money again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyKey.MaxLength },
            });
        }

        return Task.CompletedTask;
    }
}

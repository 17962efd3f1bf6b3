using Cashless.WebApi.Endpoints;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cashless.WebApi.OpenApi;

/// <summary>
/// Documents on every API operation the 503 <c>service_unavailable</c> that any of them may answer when a node or the
/// store cannot be reached (<see cref="Unreachable"/>), with its <c>Retry-After</c> header.
/// </summary>
public sealed class ServiceUnavailableTransformer : IOpenApiOperationTransformer
{
    private const string Status = "503";
    private const string Unavailable = "service_unavailable: part of the service could not be reached (a node or the database); "
        + "retry after Retry-After seconds, with the same Idempotency-Key where the request has one.";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.RelativePath?.StartsWith(RouteGroups.ApiBase.TrimStart('/'), StringComparison.Ordinal) != true)
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        if (operation.Responses.TryGetValue(Status, out var documented) && documented is OpenApiResponse known)
        {
            known.Description = $"{known.Description} Also {Unavailable}";
            known.Headers ??= new Dictionary<string, IOpenApiHeader>();
            known.Headers.TryAdd("Retry-After", RetryAfter());
        }
        else
        {
            operation.Responses[Status] = new OpenApiResponse
            {
                Description = Unavailable,
                Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = RetryAfter() },
            };
        }

        return Task.CompletedTask;
    }

    private static OpenApiHeader RetryAfter() => new()
    {
        Description = "Seconds to wait before retrying.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
    };
}

using Cashless.WebApi.Reports;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cashless.WebApi.OpenApi;

/// <summary>
/// Adds <c>text/csv</c> beside <c>application/json</c> to the 200 answer of the endpoints marked with
/// <see cref="CsvAlternative"/>: declaring a second 200 with <c>Produces</c> would replace the JSON one instead.
/// </summary>
public sealed class CsvAlternativeTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var csv = context.Description.ActionDescriptor.EndpointMetadata.OfType<CsvAlternative>().FirstOrDefault();
        if (csv is null || operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response)
        {
            return Task.CompletedTask;
        }

        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        response.Content["text/csv"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = $"With Accept: text/csv. Columns: {csv.Header}" },
        };
        return Task.CompletedTask;
    }
}

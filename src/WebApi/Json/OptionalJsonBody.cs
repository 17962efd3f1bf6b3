using System.Reflection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Json;

/// <summary>
/// A JSON body that may be left out: a request without one (no Content-Length, or 0, and not chunked) binds to
/// <see cref="Value"/> null; one that has a body is bound as strictly as <see cref="JsonBody{T}"/>.
/// </summary>
public sealed class OptionalJsonBody<T> : IBoundRequest, IEndpointParameterMetadataProvider
    where T : class, IJsonRequest<T>
{
    private OptionalJsonBody(JsonBody<T>? body) => Body = body;

    public ProblemDetails? Problem => Body?.Problem;

    /// <summary>The request, or null when none was sent; read only after binding succeeded.</summary>
    public T? Value => Body?.Value;

    private JsonBody<T>? Body { get; }

#pragma warning disable CA1000 // BindAsync and PopulateMetadata are the framework's binding contract.
    public static async ValueTask<OptionalJsonBody<T>?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hasBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? context.Request.ContentLength > 0;
        return new OptionalJsonBody<T>(hasBody ? await JsonBody<T>.BindAsync(context) : null);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => JsonBody<T>.AddMetadata(builder, isOptional: true);
#pragma warning restore CA1000
}

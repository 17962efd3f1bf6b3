using Microsoft.AspNetCore.Http.Metadata;

namespace Cashless.WebApi.Json;

/// <summary>Tells OpenAPI that an endpoint reads a JSON body of <see cref="RequestType"/>.</summary>
public sealed class JsonAcceptsMetadata(Type requestType, bool isOptional = false) : IAcceptsMetadata
{
    public IReadOnlyList<string> ContentTypes { get; } = ["application/json"];

    public Type? RequestType { get; } = requestType;

    public bool IsOptional { get; } = isOptional;
}

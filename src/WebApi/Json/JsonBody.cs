using System.Reflection;
using System.Text.Json;
using Cashless.Grains.Common;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Cashless.WebApi.Json;

/// <summary>
/// A JSON request body, bound strictly: only <c>application/json</c> in UTF-8 (else 415), well-formed JSON with no
/// duplicate names (else 400 <c>malformed_json</c>), an object whose fields <typeparamref name="T"/> reads
/// (else 400 <c>validation_failed</c> with field errors). The framework's own JSON binding is not used, because it
/// accepts <c>1e3</c> or <c>1.0</c> for an integer in some settings and cannot name the field that failed.
/// </summary>
public sealed class JsonBody<T> : IBoundRequest, IEndpointParameterMetadataProvider
    where T : class, IJsonRequest<T>
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowDuplicateProperties = false,
        MaxDepth = 16,
    };

    private readonly T? _value;

    private JsonBody(T? value, ProblemDetails? problem)
    {
        _value = value;
        Problem = problem;
    }

    public ProblemDetails? Problem { get; }

    /// <summary>The request; read only after binding succeeded (the binding filter guarantees it).</summary>
    public T Value => _value ?? throw new InvalidOperationException("The body failed to bind; BindingProblemFilter answers that.");

#pragma warning disable CA1000 // BindAsync and PopulateMetadata are the framework's binding contract.
    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context)
    {
        if (!IsUtf8Json(context.Request))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "The body must be application/json in UTF-8.");
        }

        var bytes = await RequestBody.ReadAsync(context.Request, RequestBody.MaxBytes, context.RequestAborted);
        if (bytes is null)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
                $"The body must not be larger than {RequestBody.MaxBytes} bytes.");
        }

        if (bytes.Length == 0)
        {
            return Fail(StatusCodes.Status400BadRequest, ErrorCodes.MalformedJson, "The body is empty.");
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
        return Read(bytes, limits);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => AddMetadata(builder, isOptional: false);
#pragma warning restore CA1000

    internal static void AddMetadata(EndpointBuilder builder, bool isOptional)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new JsonAcceptsMetadata(typeof(T), isOptional));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), [ProblemWriter.ContentType]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status415UnsupportedMediaType, typeof(ProblemDetails), [ProblemWriter.ContentType]));
    }

    internal static JsonBody<T> Read(ReadOnlyMemory<byte> bytes, LimitsOptions limits)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException)
        {
            return Fail(StatusCodes.Status400BadRequest, ErrorCodes.MalformedJson, "The body is not well-formed JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Fail(StatusCodes.Status400BadRequest, ErrorCodes.MalformedJson, "The body must be a JSON object.");
            }

            var reader = new JsonRequestReader(document.RootElement, limits);
            var value = T.Read(reader);
            return reader.IsValid ? new JsonBody<T>(value, null) : new JsonBody<T>(null, ApiProblem.ValidationDetails(reader.Errors));
        }
    }

    private static JsonBody<T> Fail(int status, string code, string detail) =>
        new(null, ApiProblem.Details(status, code, detail));

    private static bool IsUtf8Json(HttpRequest request)
    {
        if (!request.HasJsonContentType() || !MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return false;
        }

        var charset = mediaType.Charset;
        return charset.Length == 0 || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}

using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Errors;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the request's Accept header says (the framework's
/// writer stays silent for, say, <c>Accept: text/html</c>, and the contract promises problem details to every client).
/// It fills what a problem lacks: type, title, <c>code</c> from the status, and the trace id; an <c>overloaded</c>
/// problem also gets its <c>Retry-After</c>.
/// </summary>
public sealed class ProblemWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    /// <summary>A full store writer drains in well under a second; one second spreads the retries out.</summary>
    public const string OverloadedRetryAfterSeconds = "1";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Status = status;
        problem.Type ??= TypeFor(status);
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Detail ??= DefaultDetail(status);
        problem.Extensions.TryAdd(ApiProblem.CodeKey, ErrorCodes.ForStatus(status));
        problem.Extensions.TryAdd("traceId", http.TraceIdentifier);
        if (!http.Response.HasStarted)
        {
            http.Response.StatusCode = status;
            if (Equals(problem.Extensions[ApiProblem.CodeKey], ErrorCodes.Overloaded))
            {
                // Every overloaded answer says when to come back, wherever it was decided (a grain, the store).
                http.Response.Headers.RetryAfter = OverloadedRetryAfterSeconds;
            }
        }

        return new ValueTask(http.Response.WriteAsJsonAsync(
            problem, problem.GetType(), json.Value.SerializerOptions, ContentType, http.RequestAborted));
    }

    /// <summary>For answers that only have a status (an unknown route, a wrong method, a role the endpoint refuses).</summary>
    private static string DefaultDetail(int status) => status switch
    {
        404 => "There is nothing at this path.",
        405 => "This path does not take this method.",
        403 => "Your role may not do this.",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };

    private static string TypeFor(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        502 => "https://tools.ietf.org/html/rfc9110#section-15.6.3",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "about:blank",
    };
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Errors;

/// <summary>Builds the RFC 9457 problem details of the contract: status, title, detail and <c>code</c>, plus <c>errors</c> for 400s.</summary>
public static class ApiProblem
{
    public const string CodeKey = "code";
    public const string ErrorsKey = "errors";

    public static ProblemDetails Details(int status, string code, string detail, IDictionary<string, string[]>? errors = null)
    {
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions[CodeKey] = code;
        if (errors is not null)
        {
            problem.Extensions[ErrorsKey] = errors;
        }

        return problem;
    }

    public static ProblemHttpResult Of(int status, string code, string detail) =>
        TypedResults.Problem(Details(status, code, detail));

    public static ProblemDetails ValidationDetails(IDictionary<string, string[]> errors) =>
        Details(StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, "One or more fields are invalid.", errors);

    public static ProblemHttpResult Validation(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(ValidationDetails(errors));

    public static ProblemHttpResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string detail) =>
        Of(StatusCodes.Status404NotFound, ErrorCodes.NotFound, detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        Of(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, detail);

    /// <summary>Writes a problem outside an endpoint (middleware, authentication events).</summary>
    public static async Task WriteAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}

using System.Text.RegularExpressions;
using Cashless.Grains.Ledger;
using Microsoft.AspNetCore.Diagnostics;

namespace Cashless.WebApi.Errors;

/// <summary>
/// The last line: a request the framework could not bind is the client's 4xx; a grain, silo or store that could not be
/// reached is 503 <c>service_unavailable</c> with <c>Retry-After</c> and a warning naming the cause
/// (<see cref="Unreachable"/>); a write the store's writer had no room for is 503 <c>overloaded</c> (nothing of it
/// was done), and so is a full password-hashing queue; anything else is a plain 500 <c>internal_error</c> that shows no internals (the exception goes to the
/// log only). A request whose client has gone gets no answer and no error log.
/// </summary>
public sealed partial class UnhandledExceptionHandler(ILogger<UnhandledExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client hung up (often mid-body): nobody is left to answer, and it is not a fault of ours.
            LogAborted(logger, exception);
            return true;
        }

        if (Unreachable.Find(exception) is { } unreachable)
        {
            LogUnreachable(logger, httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty, Unreachable.Describe(unreachable));
            await Unreachable.WriteAsync(httpContext);
            return true;
        }

        var problem = exception switch
        {
            BadHttpRequestException bad => BadRequest(bad),
            StoreOverloadedException => ApiProblem.Details(
                StatusCodes.Status503ServiceUnavailable, ErrorCodes.Overloaded, OutcomeProblems.OverloadedDetail),
            ServiceBusyException busy => ApiProblem.Details(StatusCodes.Status503ServiceUnavailable, ErrorCodes.Overloaded, busy.Message),
            _ => Internal(httpContext, exception),
        };
        await ApiProblem.WriteAsync(httpContext, problem);
        return true;
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        var status = exception.StatusCode is >= 400 and < 500 ? exception.StatusCode : StatusCodes.Status400BadRequest;
        var code = ErrorCodes.ForStatus(status);
        var match = BindFailure().Match(exception.Message);
        if (status == StatusCodes.Status400BadRequest && match.Success)
        {
            var field = match.Groups["name"].Value;
            return ApiProblem.ValidationDetails(new Dictionary<string, string[]> { [field] = ["has an invalid value"] });
        }

        return ApiProblem.Details(status, code, "The request could not be read.");
    }

    /// <summary>
    /// Too many password checks are waiting: refused before any work, so the client may simply retry (Retry-After is
    /// added by <see cref="ProblemWriter"/> to every <c>overloaded</c> answer).
    /// </summary>
    private Microsoft.AspNetCore.Mvc.ProblemDetails Internal(HttpContext httpContext, Exception exception)
    {
        LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty);
        return ApiProblem.Details(
            StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "An unexpected error occurred.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 5030, Level = LogLevel.Warning,
        Message = "{Method} {Path} answered 503 service_unavailable: could not reach {Cause}")]
    private static partial void LogUnreachable(ILogger logger, string method, string path, string cause);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client went away before the request was answered")]
    private static partial void LogAborted(ILogger logger, Exception exception);

    // The framework's message for a query or route value that does not parse, e.g.
    // Failed to bind parameter "int? limit" from "abc".
    [GeneratedRegex("""^(?:Failed to bind parameter|Required parameter) "[^"]*?(?<name>[A-Za-z0-9_]+)" """)]
    private static partial Regex BindFailure();
}

using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Idempotency;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Idempotency;

/// <summary>
/// Runs a keyed request on an endpoint marked <see cref="IdempotentRequestMetadata"/> at most once per user and key:
/// the first answer is kept (by the user's idempotency grain, in storage) and replayed byte for byte with
/// <c>Idempotent-Replayed: true</c>; the same key on another request is 422, and a retry while the first runs is 409.
/// It runs after authorization, so the caller is known and refused requests never claim a key.
/// </summary>
public sealed partial class IdempotencyMiddleware(RequestDelegate next, IGrainFactory grains, ILogger<IdempotencyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var keys = context.Request.Headers[IdempotencyKey.Header];
        var userId = context.User.FindFirst(JwtClaims.Subject)?.Value;
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IdempotentRequestMetadata>();
        if (keys.Count == 0 || userId is null || metadata is null)
        {
            await next(context);
            return;
        }

        if (keys.Count > 1 || !IdempotencyKey.IsValid(keys[0]))
        {
            await ApiProblem.WriteAsync(context, ApiProblem.ValidationDetails(new Dictionary<string, string[]>
            {
                [IdempotencyKey.Header] = [$"must be one value of 1 to {IdempotencyKey.MaxLength} printable ASCII characters"],
            }));
            return;
        }

        if (metadata.AnsweredByLedger)
        {
            await next(context); // the handler's grain de-duplicates by the key and rebuilds a repeat's answer
            return;
        }

        var hash = await HashAsync(context.Request);
        if (hash is null)
        {
            await next(context); // too large: the endpoint answers 413 and nothing runs
            return;
        }

        var grain = grains.Reference<IIdempotencyGrain>(IdempotencyKey.Scope(userId, keys[0]!));
        await AnswerAsync(context, grain, hash, await grain.Begin(hash));
    }

    private async Task AnswerAsync(HttpContext context, IIdempotencyGrain grain, string hash, IdempotencyClaim claim)
    {
        switch (claim.Kind)
        {
            case IdempotencyClaimKind.Started:
                await RunAndKeepAsync(context, grain, hash);
                break;
            case IdempotencyClaimKind.Replay when claim.Response is not null:
                await ReplayAsync(context, claim.Response);
                break;
            case IdempotencyClaimKind.InProgress:
                context.Response.Headers.RetryAfter = "1";
                await ApiProblem.WriteAsync(context, ApiProblem.Details(StatusCodes.Status409Conflict, ErrorCodes.RequestInProgress,
                    "A request with this Idempotency-Key is still running; retry shortly."));
                break;
            case IdempotencyClaimKind.KeyReused:
                await ApiProblem.WriteAsync(context, ApiProblem.Details(StatusCodes.Status422UnprocessableEntity,
                    ErrorCodes.IdempotencyKeyReused, "This Idempotency-Key was used for a different request."));
                break;
            default:
                throw new InvalidOperationException($"Unexpected idempotency claim {claim.Kind}.");
        }
    }

    /// <summary>The request's hash, leaving the body readable for the endpoint; null when the body is too large.</summary>
    private static async Task<string?> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var body = await RequestBody.ReadAsync(request, RequestBody.MaxBytes, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return body is null ? null : RequestHash.Compute(request.Method, request.PathBase + request.Path, body);
    }

    private async Task RunAndKeepAsync(HttpContext context, IIdempotencyGrain grain, string hash)
    {
        var original = context.Response.Body;
        using var capture = new MemoryStream();
        context.Response.Body = capture;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await ForgetAsync(grain, hash);
            throw;
        }

        context.Response.Body = original;
        if (context.RequestAborted.IsCancellationRequested)
        {
            // The framework's writers stop quietly once the client hangs up, so the capture may be cut short: keep
            // nothing. A retry runs again and the grain's operation id (from the key) gives it the same outcome.
            await ForgetAsync(grain, hash);
            return;
        }

        var response = context.Response;
        var answer = new IdempotentResponse(response.StatusCode, response.ContentType, capture.ToArray(), response.Headers.Location);
        await KeepAsync(grain, hash, answer);
        capture.Position = 0;
        await capture.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>
    /// Keeps every decided answer. Server errors, and the 400/413/415 of a body that never reached the handler, are
    /// forgotten instead, so the client can retry (or fix its request) with the same key.
    /// </summary>
    private async Task KeepAsync(IIdempotencyGrain grain, string hash, IdempotentResponse answer)
    {
        if (answer.StatusCode is >= 500 or StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge
            or StatusCodes.Status415UnsupportedMediaType)
        {
            await ForgetAsync(grain, hash);
            return;
        }

        try
        {
            await grain.Complete(hash, answer);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The answer is true and is still sent. A retry runs the handler again, and the grain's operation id
            // (derived from the key) makes it answer with the same payment or top-up instead of a second one.
            LogKeepFailed(logger, exception);
            await ForgetAsync(grain, hash);
        }
    }

    private async Task ForgetAsync(IIdempotencyGrain grain, string hash)
    {
        try
        {
            await grain.Abandon(hash);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogForgetFailed(logger, exception);
        }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotentResponse answer)
    {
        var response = context.Response;
        response.StatusCode = answer.StatusCode;
        response.ContentType = answer.ContentType;
        if (answer.Location is not null)
        {
            response.Headers.Location = answer.Location;
        }

        response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep an idempotent answer; a retry will run the request again")]
    private static partial void LogKeepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release an idempotency key")]
    private static partial void LogForgetFailed(ILogger logger, Exception exception);
}
